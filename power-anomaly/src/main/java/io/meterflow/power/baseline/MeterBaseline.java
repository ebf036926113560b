package io.meterflow.power.baseline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A meter's baselines, each a fixed-size {@link SlotBaseline} with the same robust estimator: the
 * 168 hour-of-week slots, which judge an hour once its slot has seen the warm-up weeks, and the 48
 * hour-of-day slots of {@link HourOfDay}, which judge it before that, once they have seen the
 * warm-up days, so that a new meter is judged after days rather than weeks.
 *
 * <p>A Flink POJO (no-argument constructor, getters and setters) so that its state evolves with the
 * POJO serializer; the domain methods are {@link #usual} and {@link #learn}.
 */
public class MeterBaseline {

  private SlotBaseline hourOfWeek = SlotBaseline.hourOfWeek();
  private SlotBaseline hourOfDay = SlotBaseline.hourOfDay();

  public MeterBaseline() {}

  /**
   * What the local hour starting at {@code start} is judged against, if any baseline is warm for
   * it: its hour-of-week slot; else its hour-of-day slot on its kind of day; else weekdays and
   * weekends together, when both have been seen and have the warm-up days between them. Together
   * they are judged at their middle, with a usual deviation that spans both levels, so that an
   * ordinary weekday or weekend hour is never more than one usual deviation (besides its own
   * scatter) from it.
   */
  public Optional<UsualHour> usual(Instant start, ZoneId zone, BaselineConfig config) {
    int week = HourOfWeek.slot(start, zone);
    if (hourOfWeek.count(week) >= config.warmUpWeeks()) {
      return Optional.of(usual(BaselineKind.HOUR_OF_WEEK, hourOfWeek, week));
    }
    if (config.warmUpDays() == 0) {
      return Optional.empty();
    }
    int day = HourOfDay.slot(start, zone);
    int seen = hourOfDay.count(day);
    if (seen >= config.warmUpDays()) {
      return Optional.of(usual(BaselineKind.HOUR_OF_DAY, hourOfDay, day));
    }
    int other = HourOfDay.otherDayType(day);
    int otherSeen = hourOfDay.count(other);
    if (seen == 0 || otherSeen == 0 || seen + otherSeen < config.warmUpDays()) {
      return Optional.empty();
    }
    double level = hourOfDay.level(day);
    double otherLevel = hourOfDay.level(other);
    return Optional.of(
        new UsualHour(
            BaselineKind.HOUR_OF_DAY_ALL_DAYS,
            (level + otherLevel) / 2,
            (hourOfDay.usualDeviation(day) + hourOfDay.usualDeviation(other)) / 2
                + Math.abs(level - otherLevel) / 2));
  }

  /**
   * Learns the hour starting at {@code start} into its slots (the hour-of-day slots only while the
   * fallback is enabled).
   *
   * @param rate factor on the learning weight: 1, or less for hours inside an anomaly
   */
  public void learn(Instant start, ZoneId zone, double kwh, BaselineConfig config, double rate) {
    int week = HourOfWeek.slot(start, zone);
    hourOfWeek.learn(
        week,
        kwh,
        config.alpha(),
        config.warmUpWeeks(),
        config.outlierClip(),
        config.usualDeviationFloor(hourOfWeek.level(week)),
        rate);
    if (config.warmUpDays() > 0) {
      int day = HourOfDay.slot(start, zone);
      hourOfDay.learn(
          day,
          kwh,
          config.alpha(),
          config.warmUpDays(),
          config.outlierClip(),
          config.usualDeviationFloor(hourOfDay.level(day)),
          rate);
    }
  }

  private static UsualHour usual(BaselineKind kind, SlotBaseline slots, int slot) {
    return new UsualHour(kind, slots.level(slot), slots.usualDeviation(slot));
  }

  // For Flink's POJO serializer.

  public SlotBaseline getHourOfWeek() {
    return hourOfWeek;
  }

  public void setHourOfWeek(SlotBaseline hourOfWeek) {
    this.hourOfWeek = hourOfWeek;
  }

  public SlotBaseline getHourOfDay() {
    return hourOfDay;
  }

  public void setHourOfDay(SlotBaseline hourOfDay) {
    this.hourOfDay = hourOfDay;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MeterBaseline that
        && hourOfWeek.equals(that.hourOfWeek)
        && hourOfDay.equals(that.hourOfDay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hourOfWeek, hourOfDay);
  }
}
