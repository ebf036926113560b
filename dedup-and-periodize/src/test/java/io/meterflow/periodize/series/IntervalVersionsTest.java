package io.meterflow.periodize.series;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntervalVersionsTest {

  @Test
  void shouldCountRestatementsPerIntervalAndForgetSettledOnes() {
    IntervalVersions versions = new IntervalVersions();
    assertThat(versions.restate(0, 0, 10)).isEqualTo(2);
    assertThat(versions.restate(0, 10, 20)).isEqualTo(2);
    assertThat(versions.restate(0, 20, 30)).isEqualTo(2);
    assertThat(versions.restate(0, 10, 20)).isEqualTo(3);
    assertThat(versions.restate(1, 0, 30)).isEqualTo(2);

    IntervalVersions decoded = IntervalVersions.decode(versions.encode());
    assertThat(decoded.current(0, 0)).isEqualTo(2);
    assertThat(decoded.current(0, 10)).isEqualTo(3);
    assertThat(decoded.current(0, 20)).isEqualTo(2);
    assertThat(decoded.current(0, 30)).isEqualTo(1);
    assertThat(decoded.current(1, 0)).isEqualTo(2);

    decoded.forgetThrough(20);
    assertThat(decoded.current(0, 0)).isEqualTo(1);
    assertThat(decoded.current(0, 20)).isEqualTo(2);
    decoded.forgetThrough(30);
    assertThat(decoded.isEmpty()).isTrue();
    assertThat(new IntervalVersions().encode()).hasSize(1);
  }
}
