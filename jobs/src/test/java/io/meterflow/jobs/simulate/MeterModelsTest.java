package io.meterflow.jobs.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MeterModelsTest {

  private static final LocalDateTime MONDAY = LocalDateTime.of(2024, 10, 21, 0, 0);

  @Test
  void shouldUseAHouseholdsYearlyElectricityInAWeek() {
    SplittableRandom random = new SplittableRandom(1);
    for (int household = 0; household < 50; household++) {
      HouseholdLoad load = HouseholdLoad.draw(random);
      double kwh = 0;
      double peakKw = 0;
      for (int quarter = 0; quarter < 7 * 96; quarter++) {
        double kw = load.kilowatts(MONDAY.plusMinutes(15L * quarter), random);
        kwh += kw / 4;
        peakKw = Math.max(peakKw, kw);
      }
      // 1,500 (a small flat) to 7,000 kWh a year (a large house), never beyond a 1 x 35 A fuse.
      assertThat(kwh * 52).isBetween(1500.0, 7000.0);
      assertThat(peakKw).isLessThan(8.0);
    }
  }

  @Test
  void shouldUseMoreElectricityInTheEveningThanAtNight() {
    HouseholdLoad load = new HouseholdLoad(0.1, 1.0);
    double night = 0;
    double evening = 0;
    SplittableRandom random = new SplittableRandom(2);
    for (int day = 0; day < 28; day++) {
      night += load.kilowatts(MONDAY.plusDays(day).withHour(3), random);
      evening += load.kilowatts(MONDAY.plusDays(day).withHour(19).withMinute(30), random);
    }
    assertThat(evening).isGreaterThan(4 * night);
  }

  @Test
  void shouldGenerateSolarPowerOnlyInDaylight() {
    SolarGeneration solar = new SolarGeneration(4);

    assertThat(solar.kilowatts(MONDAY.withHour(2), 1)).isZero();
    assertThat(solar.kilowatts(MONDAY.withHour(22), 1)).isZero();
    assertThat(solar.kilowatts(MONDAY.withHour(13).withMinute(15), 1)).isBetween(3.5, 4.0);
  }

  @Test
  void shouldNeverDrawMoreWaterThanTheBurstThresholdOfAHousehold() {
    WaterUse use = new WaterUse(1.3);
    SplittableRandom random = new SplittableRandom(3);
    double largest = 0;
    for (int quarter = 0; quarter < 10_000; quarter++) {
      largest = Math.max(largest, use.litres(quarter % 24, random));
    }
    // 45 L in a quarter hour is 180 L/h: below 10 % of the smallest Q3 (2.5 m3/h).
    assertThat(largest).isLessThanOrEqualTo(WaterUse.MAX_DRAW_LITRES);
  }

  @Test
  void shouldHeatMoreInJanuaryThanInJuly() {
    HeatDemand demand = new HeatDemand(0.2);
    SplittableRandom random = new SplittableRandom(4);
    double january = 0;
    double july = 0;
    for (int quarter = 0; quarter < 96; quarter++) {
      january +=
          demand.kilowatts(LocalDateTime.of(2024, 1, 15, 0, 0).plusMinutes(15L * quarter), random);
      july +=
          demand.kilowatts(LocalDateTime.of(2024, 7, 15, 0, 0).plusMinutes(15L * quarter), random);
    }
    assertThat(january).isGreaterThan(5 * july);
  }

  @Test
  void shouldWrapTheIndexAtItsDigits() {
    CumulativeRegister litres = new CumulativeRegister(5, 1000, 99_999_990);

    litres.add(25.5);

    assertThat(litres.reading()).isEqualTo(15);
  }

  @Test
  void shouldStartANewMeterAtZero() {
    CumulativeRegister register = new CumulativeRegister(6, 1000, 1234.9);

    register.replace();
    register.add(3.7);

    assertThat(register.reading()).isEqualTo(3);
  }
}
