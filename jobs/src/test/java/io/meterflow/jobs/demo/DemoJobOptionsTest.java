package io.meterflow.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoJobOptionsTest {

  @Test
  void shouldShortenTheHorizonsForAFiveDaySimulation() {
    assertThat(DemoJobOptions.forDays(5))
        .containsExactly("job.leak.night-flow.nights=3", "job.power.zero-consumption.period=60h");
  }

  @Test
  void shouldKeepTheDefaultsForALongSimulation() {
    assertThat(DemoJobOptions.forDays(30))
        .containsExactly("job.leak.night-flow.nights=7", "job.power.zero-consumption.period=72h");
  }
}
