package io.meterflow.power.meter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SpansTest {

  @Test
  void shouldStateASpanInTheUnitAnOperatorWouldUse() {
    assertThat(Spans.describe(Duration.ofMinutes(10))).isEqualTo("10 min");
    assertThat(Spans.describe(Duration.ofMinutes(90))).isEqualTo("90 min");
    assertThat(Spans.describe(Duration.ofHours(6))).isEqualTo("6 h");
    assertThat(Spans.describe(Duration.ofHours(24))).isEqualTo("24 h");
    assertThat(Spans.describe(Duration.ofHours(100))).isEqualTo("100 h");
    assertThat(Spans.describe(Duration.ofMinutes(450))).isEqualTo("7.5 h");
    assertThat(Spans.describe(Duration.ofDays(3))).isEqualTo("3 d");
    assertThat(Spans.describe(Duration.ofDays(45))).isEqualTo("45 d");
  }

  @Test
  void shouldStateMillisecondsAsHours() {
    assertThat(Spans.hours(Duration.ofMinutes(90).toMillis())).isEqualTo(1.5);
  }
}
