package io.meterflow.jobs.demo;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.AlarmType;
import io.meterflow.jobs.services.ServiceEndpoints;
import io.meterflow.jobs.testing.RealServicesExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The demo end to end on a small fleet, against the real services the ITs share. */
@ExtendWith(RealServicesExtension.class)
class DemoCommandIT {

  private static final Pattern DETECTION =
      Pattern.compile(
          "DETECTION (\\w+) injected=(\\d+) detected=(\\d+) precision=([0-9.]+) recall=([0-9.]+)");

  @Test
  void shouldReportBalancedAccountingAndDetectEveryInjectedAlarmType(
      ServiceEndpoints services, @TempDir Path reports) throws Exception {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("--meters", "60", "--days", "5"));
    args.addAll(List.of("--report-dir", reports.toString()));
    args.addAll(services.asPropertyLines());

    int exit = new DemoCommand(new PrintStream(output, true, StandardCharsets.UTF_8)).run(args);

    String report = output.toString(StandardCharsets.UTF_8);
    System.out.println(report);
    assertThat(exit).as(report).isZero();
    List<String> lines = report.lines().toList();
    assertThat(lines).contains("ACCOUNTING ok");
    // Every table holds exactly the newest records of its topic, and they are not none.
    for (String table :
        List.of("intervals_by_series_day", "consumption_by_area_hour", "alarms_by_tenant_day")) {
      assertThat(lines)
          .filteredOn(line -> line.startsWith("  Kafka -> " + table + ": "))
          .singleElement(as(InstanceOfAssertFactories.STRING))
          .endsWith(" ok")
          .doesNotContain("newestOnKafka=0 ");
    }
    // Each output topic holds every version once.
    assertThat(lines)
        .filteredOn(line -> line.matches("  Kafka [^ ]+: records=.*"))
        .hasSize(3)
        .allSatisfy(line -> assertThat(line).endsWith(" ok"));
    List<Matcher> detections =
        lines.stream().map(DETECTION::matcher).filter(Matcher::matches).toList();
    assertThat(detections)
        .extracting(m -> m.group(1))
        .containsExactlyElementsOf(Arrays.stream(AlarmType.values()).map(Enum::name).toList());
    for (Matcher detection : detections) {
      if (Integer.parseInt(detection.group(2)) > 0) {
        assertThat(Double.parseDouble(detection.group(5)))
            .as("recall, " + detection.group())
            .isGreaterThanOrEqualTo(0.9);
        assertThat(Double.parseDouble(detection.group(4)))
            .as("precision, " + detection.group())
            .isGreaterThanOrEqualTo(0.8);
      }
    }
    assertThat(lines.get(lines.size() - 1)).startsWith("DETECTION COMMUNICATION_LOSS ");
    assertThat(Files.readString(reports.resolve("report.html"))).contains("<svg");
  }
}
