package io.meterflow.normalizer.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.ReadingFlag;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusCodesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "LEAK, LEAK",
    "leakage, LEAK",
    "BURST, BURST",
    "pipe burst, BURST",
    "DRY, DRY",
    "empty-pipe, DRY",
    "REVERSE, REVERSE",
    "backflow, REVERSE",
    "TAMPER, TAMPER",
    "magnetic_tamper, TAMPER",
    "POWER_FAIL, POWER_FAIL",
    "power-fail, POWER_FAIL",
    "power down, POWER_FAIL",
    "POWER_RESTORED, POWER_RESTORED",
    "power_up, POWER_RESTORED",
    "CLOCK_SET, CLOCK_SET",
    "clock adjusted, CLOCK_SET",
    "LOW_BATTERY, LOW_BATTERY",
    "battery_low, LOW_BATTERY",
    "ESTIMATED, ESTIMATED_BY_SOURCE",
  })
  void shouldMapMeterInfoCodesToFlags(String code, ReadingFlag flag) {
    assertThat(StatusCodes.map(new String[] {code}))
        .isEqualTo(new StatusCodes.Mapped(Set.of(flag), List.of()));
  }

  @Test
  void shouldReportUnknownCodesWithoutFlaggingThem() {
    StatusCodes.Mapped mapped =
        StatusCodes.map(new String[] {"LEAK", "VENDOR_BIT_7", "DST_GAP_SHIFTED", "leak"});

    assertThat(mapped.flags()).isEqualTo(EnumSet.of(ReadingFlag.LEAK));
    assertThat(mapped.unknown()).containsExactly("VENDOR_BIT_7", "DST_GAP_SHIFTED");
  }
}
