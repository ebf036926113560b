package io.meterflow.periodize.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ReadLogCodecTest {

  private static final long START = 1_705_276_800_000L;

  @Test
  void shouldRoundTripEveryTimeValueAndCorrectionBitForBit() {
    Random random = new Random(42);
    for (int iteration = 0; iteration < 500; iteration++) {
      ReadLog log = new ReadLog();
      long time = START + random.nextInt(1_000_000);
      int size = random.nextInt(60);
      for (int i = 0; i < size; i++) {
        time += 1 + random.nextInt(iteration % 2 == 0 ? 3_600_000 : 1000) * 1000L;
        double value =
            switch (i % 4) {
              case 0 -> random.nextInt(1_000_000) / 1000.0;
              case 1 -> random.nextDouble() * 1e6;
              case 2 -> -random.nextInt(5000) / 10.0;
              default -> 0.1 + 0.2;
            };
        log.insert(time, value, random.nextInt(10) == 0);
      }

      ReadLog decoded = ReadLogCodec.decode(ReadLogCodec.encode(log));

      assertThat(decoded.size()).isEqualTo(log.size());
      for (int i = 0; i < log.size(); i++) {
        assertThat(decoded.time(i)).isEqualTo(log.time(i));
        assertThat(Double.doubleToRawLongBits(decoded.value(i)))
            .isEqualTo(Double.doubleToRawLongBits(log.value(i)));
        assertThat(decoded.corrected(i)).isEqualTo(log.corrected(i));
      }
    }
  }

  @Test
  void shouldKeepThreeDaysOfQuarterHourWaterReadsUnderThreeBytesPerRead() {
    Random random = new Random(7);
    ReadLog log = new ReadLog();
    double litres = 68_321;
    for (int i = 0; i < 288; i++) {
      litres += random.nextInt(40);
      log.insert(START + i * 900_000L, litres / 1000, false);
    }

    byte[] encoded = ReadLogCodec.encode(log);

    assertThat(encoded.length).isLessThan(3 * 288);
  }

  @Test
  void shouldEncodeAnEmptyLog() {
    assertThat(ReadLogCodec.decode(ReadLogCodec.encode(new ReadLog())).isEmpty()).isTrue();
  }
}
