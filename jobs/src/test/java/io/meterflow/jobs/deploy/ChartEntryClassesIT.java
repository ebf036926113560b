package io.meterflow.jobs.deploy;

import static io.meterflow.jobs.deploy.DeploymentFiles.EXAMPLES;
import static io.meterflow.jobs.deploy.DeploymentFiles.chartValues;
import static io.meterflow.jobs.deploy.DeploymentFiles.chartValuesWith;
import static io.meterflow.jobs.deploy.DeploymentFiles.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every entry class the chart names (the jobs' entry classes of values.yaml, the example values and
 * the rendered examples, and the setup hook's command line) is a public static main of the fat jar
 * the image ships.
 */
class ChartEntryClassesIT {

  private static final String SETUP_MAIN = "io.meterflow.jobs.cli.MeterflowCli";
  private static Path jar;

  @BeforeAll
  static void locateFatJar() {
    String location = System.getProperty("meterflow.jar");
    assertThat(location)
        .as("system property meterflow.jar (set by the failsafe configuration of jobs/pom.xml)")
        .isNotBlank();
    jar = Path.of(location);
    assertThat(jar).as("the fat jar; build it with mvn -pl jobs package").isRegularFile();
  }

  @Test
  void shouldShipAMainMethodForEveryEntryClassTheChartNames() throws Exception {
    Set<String> entryClasses = entryClassesNamedByTheChart();

    assertThat(entryClasses)
        .containsExactlyInAnyOrder(
            "io.meterflow.jobs.normalizer.IngestNormalizerJob",
            "io.meterflow.jobs.periodize.DedupAndPeriodizeJob",
            "io.meterflow.jobs.leak.LeakDetectionJob",
            "io.meterflow.jobs.power.PowerAnomalyJob",
            SETUP_MAIN);
    try (URLClassLoader fatJar =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      for (String entryClass : entryClasses) {
        assertThat(fatJar.findResource(entryClass.replace('.', '/') + ".class"))
            .as("%s in %s", entryClass, jar)
            .isNotNull();
        Method main = Class.forName(entryClass, false, fatJar).getMethod("main", String[].class);
        assertThat(Modifier.isStatic(main.getModifiers())).as(entryClass).isTrue();
      }
    }
  }

  @Test
  void shouldRunTheSetupHookFromTheJarTheImageShips() throws Exception {
    String template = Files.readString(DeploymentFiles.CHART.resolve("templates/setup-job.yaml"));

    assertThat(template).contains("- " + SETUP_MAIN).contains("- setup");
    assertThat(chartValues().path("jarURI").asText())
        .isEqualTo("local:///opt/flink/usrlib/" + jar.getFileName());
  }

  private static Set<String> entryClassesNamedByTheChart() {
    Set<String> classes = new TreeSet<>(chartValues().path("jobs").findValuesAsText("entryClass"));
    for (Path example : DeploymentFiles.list(EXAMPLES, "values-*.yaml")) {
      classes.addAll(chartValuesWith(example).path("jobs").findValuesAsText("entryClass"));
    }
    for (Path rendered : DeploymentFiles.list(EXAMPLES.resolve("rendered"), "*.yaml")) {
      readAll(rendered).forEach(d -> classes.add(d.at("/spec/job/entryClass").asText()));
    }
    classes.add(SETUP_MAIN);
    return classes;
  }
}
