package io.meterflow.jobs.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.DeviceInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceFileTest {

  @TempDir Path dir;

  @Test
  void shouldKeepTheLatestVersionOfEachMeter() throws Exception {
    Path file =
        devicesFile(
            device("m-1", "Europe/Madrid", "2024-02-01T00:00:00Z"),
            device("m-1", "Europe/Lisbon", "2024-01-01T00:00:00Z"),
            "",
            device("m-2", "UTC", "2024-01-01T00:00:00Z"));

    assertThat(DeviceFile.read(file))
        .containsExactly(
            water("m-1", "Europe/Madrid", "2024-02-01T00:00:00Z"),
            water("m-2", "UTC", "2024-01-01T00:00:00Z"));
  }

  @Test
  void shouldNameTheLineAndFieldOfABadDevice() throws Exception {
    Path file =
        devicesFile(
            device("m-1", "UTC", "2024-01-01T00:00:00Z"),
            "{\"tenant\":\"t\",\"meterId\":\"m-2\",\"commodity\":\"WATER\"}");

    assertThatThrownBy(() -> DeviceFile.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            file
                + ":2: DeviceInfo.updatedTime is missing (expected: one DeviceInfo per line, field"
                + " names as in DeviceInfo.avsc)");
  }

  private Path devicesFile(String... lines) throws IOException {
    return Files.write(dir.resolve("devices.jsonl"), List.of(lines));
  }

  private static String device(String meterId, String zone, String updated) {
    return "{\"tenant\":\"t\",\"meterId\":\""
        + meterId
        + "\",\"commodity\":\"WATER\",\"timezone\":\""
        + zone
        + "\",\"updatedTime\":\""
        + updated
        + "\"}";
  }

  private static DeviceInfo water(String meterId, String zone, String updated) {
    return DeviceInfo.newBuilder()
        .setTenant("t")
        .setMeterId(meterId)
        .setCommodity(Commodity.WATER)
        .setTimezone(zone)
        .setUpdatedTime(Instant.parse(updated))
        .build();
  }
}
