package io.meterflow.power.baseline;

/** Which of a meter's baselines judged an hour: recorded in the alarm's parameters. */
public enum BaselineKind {
  /** The hour's slot of the week, once it has seen the warm-up weeks. */
  HOUR_OF_WEEK("hour-of-week"),
  /** Before that, the hour of the day on its kind of day, once it has seen the warm-up days. */
  HOUR_OF_DAY("hour-of-day"),
  /**
   * Before that, the hour of the day on weekdays and weekends together, once both have been seen
   * and the warm-up days are reached between them (a meter that starts late in the week).
   */
  HOUR_OF_DAY_ALL_DAYS("hour-of-day-all-days");

  private final String label;

  BaselineKind(String label) {
    this.label = label;
  }

  /** The value of the alarm parameter {@code baseline}. */
  public String label() {
    return label;
  }
}
