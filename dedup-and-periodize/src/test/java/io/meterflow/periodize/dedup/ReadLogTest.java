package io.meterflow.periodize.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadLogTest {

  @Test
  void shouldFindNeighboursOfATime() {
    ReadLog log = new ReadLog();
    log.insert(30, 3.0, false);
    log.insert(10, 1.0, false);
    log.insert(20, 2.0, false);

    assertThat(log.lastAtOrBefore(20)).isEqualTo(1);
    assertThat(log.lastBefore(20)).isEqualTo(0);
    assertThat(log.firstAtOrAfter(20)).isEqualTo(1);
    assertThat(log.firstAfter(20)).isEqualTo(2);
    assertThat(log.lastAtOrBefore(5)).isEqualTo(-1);
    assertThat(log.firstAfter(30)).isEqualTo(3);
  }

  @Test
  void shouldCorrectAValueAndForgetOlderReads() {
    ReadLog log = new ReadLog();
    for (int i = 0; i < 20; i++) {
      log.insert(i, i, false);
    }
    log.correct(15, 99.0);
    log.dropBefore(10);

    assertThat(log.size()).isEqualTo(10);
    assertThat(log.firstTime()).isEqualTo(10);
    assertThat(log.value(5)).isEqualTo(99.0);
    assertThat(log.corrected(5)).isTrue();
    assertThat(log.corrected(4)).isFalse();
  }
}
