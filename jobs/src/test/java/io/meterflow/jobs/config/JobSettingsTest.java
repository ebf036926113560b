package io.meterflow.jobs.config;

import static io.meterflow.jobs.config.ConfigTestSupport.loader;
import static io.meterflow.jobs.config.ConfigTestSupport.rejected;
import static io.meterflow.jobs.config.ConfigTestSupport.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job section holds only options of the job modules, of the jobs and of Flink. */
class JobSettingsTest {

  @TempDir Path folder;

  @Test
  void shouldRejectAMisspeltJobSettingNamingTheClosestKnownKey() {
    assertThat(onlyProblem(loader(folder).argument("job.power.voltage.windw", "15 min")))
        .startsWith(
            "Unknown setting job.power.voltage.windw (argument): no job option has this key;"
                + " did you mean job.power.voltage.window?");
  }

  @Test
  void shouldRejectAMisspeltJobSettingOfTheConfigFile() throws Exception {
    Path file = yaml(folder, "job:\n  periodize:\n    allowed-latenes: 48h\n");

    assertThat(onlyProblem(loader(folder).configFile(file)))
        .startsWith(
            "Unknown setting job.periodize.allowed-latenes (config file "
                + file
                + "): no job option has this key; did you mean job.periodize.allowed-lateness?");
  }

  @Test
  void shouldAcceptTheOptionsOfEveryModuleTheJobsAndFlink() {
    Map<String, String> settings =
        Map.of(
            "job.normalizer.csv-profiles-file", "/tmp/profiles.yaml",
            "job.periodize.device-state-ttl", "500 d",
            "job.leak.burst.q3-fraction", "0.2",
            "job.leak.tenant.acme.co.burst.q3-fraction", "0.3",
            "job.power.voltage.window", "15 min",
            "job.normalizer.csv.dir", "/tmp/drops",
            "job.backfill.parallelism", "2",
            "job.execution.checkpointing.interval", "1 min",
            "job.state.backend.type", "rocksdb");
    MeterflowConfigLoader loader = loader(folder);
    settings.forEach(loader::argument);

    assertThat(loader.load().jobConfiguration().toMap())
        .hasSize(settings.size())
        .containsEntry("leak.tenant.acme.co.burst.q3-fraction", "0.3");
  }

  @Test
  void shouldRejectAPerTenantLeakKeyThatIsNoTenantOption() {
    assertThat(onlyProblem(loader(folder).argument("job.leak.tenant.acme.quiet-horizon", "3 d")))
        .startsWith("Unknown setting job.leak.tenant.acme.quiet-horizon (argument)");
  }

  @Test
  void shouldRejectAKeyOutsideEveryModuleAndFlinkPrefix() {
    assertThat(onlyProblem(loader(folder).argument("job.dedup.allowed-lateness", "2 d")))
        .startsWith(
            "Unknown setting job.dedup.allowed-lateness (argument): no job option has this key;"
                + " did you mean job.periodize.allowed-lateness?");
  }

  private static String onlyProblem(MeterflowConfigLoader loader) {
    List<String> problems = rejected(loader).problems();
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }
}
