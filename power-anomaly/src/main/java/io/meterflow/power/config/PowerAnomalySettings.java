package io.meterflow.power.config;

import static io.meterflow.power.config.PowerAnomalyOptions.AREA_OUTAGE_MIN_METERS;
import static io.meterflow.power.config.PowerAnomalyOptions.AREA_OUTAGE_RESTORED_SHARE;
import static io.meterflow.power.config.PowerAnomalyOptions.AREA_OUTAGE_WINDOW;
import static io.meterflow.power.config.PowerAnomalyOptions.BASELINE_ALPHA;
import static io.meterflow.power.config.PowerAnomalyOptions.BASELINE_CONSECUTIVE_HOURS;
import static io.meterflow.power.config.PowerAnomalyOptions.BASELINE_EPISODE_LEARNING;
import static io.meterflow.power.config.PowerAnomalyOptions.BASELINE_MIN_DEVIATION;
import static io.meterflow.power.config.PowerAnomalyOptions.BASELINE_OUTLIER_CLIP;
import static io.meterflow.power.config.PowerAnomalyOptions.BASELINE_RELATIVE_FLOOR;
import static io.meterflow.power.config.PowerAnomalyOptions.BASELINE_THRESHOLD;
import static io.meterflow.power.config.PowerAnomalyOptions.BASELINE_WARM_UP_DAYS;
import static io.meterflow.power.config.PowerAnomalyOptions.BASELINE_WARM_UP_WEEKS;
import static io.meterflow.power.config.PowerAnomalyOptions.COMMUNICATION_ALPHA;
import static io.meterflow.power.config.PowerAnomalyOptions.COMMUNICATION_FACTOR;
import static io.meterflow.power.config.PowerAnomalyOptions.COMMUNICATION_MIN_SILENCE;
import static io.meterflow.power.config.PowerAnomalyOptions.COMMUNICATION_WARM_UP_GAPS;
import static io.meterflow.power.config.PowerAnomalyOptions.DEFAULT_NOMINAL_VOLTAGE;
import static io.meterflow.power.config.PowerAnomalyOptions.DEFAULT_TIMEZONE;
import static io.meterflow.power.config.PowerAnomalyOptions.DEVICE_STATE_TTL;
import static io.meterflow.power.config.PowerAnomalyOptions.IDLENESS;
import static io.meterflow.power.config.PowerAnomalyOptions.IMPLAUSIBLE_MARGIN;
import static io.meterflow.power.config.PowerAnomalyOptions.MAX_OUT_OF_ORDERNESS;
import static io.meterflow.power.config.PowerAnomalyOptions.MIN_RELATIVE_CHANGE;
import static io.meterflow.power.config.PowerAnomalyOptions.QUIET_HORIZON;
import static io.meterflow.power.config.PowerAnomalyOptions.REVERSE_CLEAR_AFTER;
import static io.meterflow.power.config.PowerAnomalyOptions.REVERSE_THRESHOLD;
import static io.meterflow.power.config.PowerAnomalyOptions.SEVERITIES;
import static io.meterflow.power.config.PowerAnomalyOptions.STATE_TTL;
import static io.meterflow.power.config.PowerAnomalyOptions.VOLTAGE_INTERRUPTION_FRACTION;
import static io.meterflow.power.config.PowerAnomalyOptions.VOLTAGE_SAG_FRACTION;
import static io.meterflow.power.config.PowerAnomalyOptions.VOLTAGE_SWELL_FRACTION;
import static io.meterflow.power.config.PowerAnomalyOptions.VOLTAGE_WINDOW;
import static io.meterflow.power.config.PowerAnomalyOptions.ZERO_PERIOD;
import static io.meterflow.power.config.PowerAnomalyOptions.ZERO_THRESHOLD;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.meter.StateLifetimes;
import io.meterflow.power.baseline.BaselineConfig;
import io.meterflow.power.communication.CommunicationLossConfig;
import io.meterflow.power.implausible.ImplausibleConsumptionConfig;
import io.meterflow.power.outage.AreaOutageConfig;
import io.meterflow.power.reverse.ReverseFlowConfig;
import io.meterflow.power.voltage.VoltageConfig;
import io.meterflow.power.zero.ZeroConsumptionConfig;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.Configuration;

/**
 * Everything the power-anomaly job is configured with, read from {@link PowerAnomalyOptions} and
 * validated once, up front: a value out of range fails the job's start with a message naming the
 * key, never a record later.
 */
public final class PowerAnomalySettings implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The alarm types this job raises. */
  public static final Set<AlarmType> POWER_TYPES =
      EnumSet.range(AlarmType.IMPLAUSIBLE_CONSUMPTION, AlarmType.COMMUNICATION_LOSS);

  private final Duration maxOutOfOrderness;
  private final Duration idleness;
  private final Duration quietHorizon;
  private final Duration stateTtl;
  private final Duration deviceStateTtl;
  private final double minRelativeChange;
  private final ZoneId defaultZone;
  private final AlarmSeverity outageSeverity;
  private final ImplausibleConsumptionConfig implausible;
  private final BaselineConfig baseline;
  private final ZeroConsumptionConfig zeroConsumption;
  private final ReverseFlowConfig reverseFlow;
  private final VoltageConfig voltage;
  private final AreaOutageConfig areaOutage;
  private final CommunicationLossConfig communicationLoss;

  private PowerAnomalySettings(Configuration config) {
    maxOutOfOrderness = positive(config, MAX_OUT_OF_ORDERNESS);
    idleness = positive(config, IDLENESS);
    quietHorizon = positive(config, QUIET_HORIZON);
    stateTtl = positive(config, STATE_TTL);
    StateLifetimes.requireBeyondQuietHorizon(
        STATE_TTL,
        stateTtl,
        QUIET_HORIZON,
        quietHorizon,
        "the TTL is only the safety net behind the quiet horizon");
    deviceStateTtl = positive(config, DEVICE_STATE_TTL);
    StateLifetimes.requireBeyondQuietHorizon(
        DEVICE_STATE_TTL,
        deviceStateTtl,
        QUIET_HORIZON,
        quietHorizon,
        "a meter that reports again after going quiet still needs its DeviceInfo");
    minRelativeChange = above(config, MIN_RELATIVE_CHANGE, 0);
    defaultZone = zone(config);
    double nominal = above(config, DEFAULT_NOMINAL_VOLTAGE, 0);
    Map<AlarmType, AlarmSeverity> severities = severities(config);
    outageSeverity = severities.get(AlarmType.OUTAGE);
    implausible =
        new ImplausibleConsumptionConfig(
            atLeast(config, IMPLAUSIBLE_MARGIN, 0),
            nominal,
            severities.get(AlarmType.IMPLAUSIBLE_CONSUMPTION));
    baseline =
        new BaselineConfig(
            fraction(config, BASELINE_ALPHA),
            atLeast(config, BASELINE_WARM_UP_WEEKS, 1),
            atLeast(config, BASELINE_WARM_UP_DAYS, 0),
            above(config, BASELINE_THRESHOLD, 0),
            above(config, BASELINE_OUTLIER_CLIP, 0),
            atLeast(config, BASELINE_MIN_DEVIATION, 0),
            atLeast(config, BASELINE_RELATIVE_FLOOR, 0),
            atLeast(config, BASELINE_CONSECUTIVE_HOURS, 1),
            share(config, BASELINE_EPISODE_LEARNING),
            severities.get(AlarmType.BASELINE_DEVIATION));
    zeroConsumption =
        new ZeroConsumptionConfig(
            positive(config, ZERO_PERIOD),
            atLeast(config, ZERO_THRESHOLD, 0),
            severities.get(AlarmType.ZERO_CONSUMPTION));
    reverseFlow =
        new ReverseFlowConfig(
            atLeast(config, REVERSE_THRESHOLD, 0),
            positive(config, REVERSE_CLEAR_AFTER),
            severities.get(AlarmType.REVERSE_FLOW));
    voltage = voltage(config, nominal, severities);
    areaOutage =
        new AreaOutageConfig(
            atLeast(config, AREA_OUTAGE_MIN_METERS, 2),
            positive(config, AREA_OUTAGE_WINDOW),
            share(config, AREA_OUTAGE_RESTORED_SHARE),
            severities.get(AlarmType.AREA_OUTAGE));
    communicationLoss =
        new CommunicationLossConfig(
            above(config, COMMUNICATION_FACTOR, 1),
            positive(config, COMMUNICATION_MIN_SILENCE),
            fraction(config, COMMUNICATION_ALPHA),
            atLeast(config, COMMUNICATION_WARM_UP_GAPS, 1),
            severities.get(AlarmType.COMMUNICATION_LOSS));
  }

  /** The settings with every default. */
  public static PowerAnomalySettings defaults() {
    return from(new Configuration());
  }

  /**
   * The settings of a configuration.
   *
   * @throws IllegalArgumentException naming the key, for a value out of range
   */
  public static PowerAnomalySettings from(Configuration config) {
    return new PowerAnomalySettings(config);
  }

  public Duration maxOutOfOrderness() {
    return maxOutOfOrderness;
  }

  public Duration idleness() {
    return idleness;
  }

  public Duration quietHorizon() {
    return quietHorizon;
  }

  public Duration stateTtl() {
    return stateTtl;
  }

  public Duration deviceStateTtl() {
    return deviceStateTtl;
  }

  public double minRelativeChange() {
    return minRelativeChange;
  }

  public ZoneId defaultZone() {
    return defaultZone;
  }

  public AlarmSeverity outageSeverity() {
    return outageSeverity;
  }

  public ImplausibleConsumptionConfig implausible() {
    return implausible;
  }

  public BaselineConfig baseline() {
    return baseline;
  }

  public ZeroConsumptionConfig zeroConsumption() {
    return zeroConsumption;
  }

  public ReverseFlowConfig reverseFlow() {
    return reverseFlow;
  }

  public VoltageConfig voltage() {
    return voltage;
  }

  public AreaOutageConfig areaOutage() {
    return areaOutage;
  }

  public CommunicationLossConfig communicationLoss() {
    return communicationLoss;
  }

  private static VoltageConfig voltage(
      Configuration config, double nominal, Map<AlarmType, AlarmSeverity> severities) {
    double interruption = fraction(config, VOLTAGE_INTERRUPTION_FRACTION);
    double sag = fraction(config, VOLTAGE_SAG_FRACTION);
    double swell = above(config, VOLTAGE_SWELL_FRACTION, 1);
    if (interruption >= sag) {
      throw new IllegalArgumentException(
          VOLTAGE_INTERRUPTION_FRACTION.key()
              + " ("
              + interruption
              + ") must be below "
              + VOLTAGE_SAG_FRACTION.key()
              + " ("
              + sag
              + ")");
    }
    return new VoltageConfig(
        positive(config, VOLTAGE_WINDOW),
        sag,
        swell,
        interruption,
        nominal,
        severities.get(AlarmType.VOLTAGE_SAG),
        severities.get(AlarmType.VOLTAGE_SWELL),
        severities.get(AlarmType.INTERRUPTION));
  }

  private static Map<AlarmType, AlarmSeverity> severities(Configuration config) {
    Map<AlarmType, AlarmSeverity> severities = new EnumMap<>(AlarmType.class);
    Map<String, String> defaults = SEVERITIES.defaultValue();
    defaults.forEach((type, severity) -> severities.put(type(type), severity(type, severity)));
    config
        .get(SEVERITIES)
        .forEach((type, severity) -> severities.put(type(type), severity(type, severity)));
    return severities;
  }

  private static AlarmType type(String name) {
    try {
      AlarmType type = AlarmType.valueOf(name.trim());
      if (POWER_TYPES.contains(type)) {
        return type;
      }
    } catch (IllegalArgumentException e) {
      // Reported below with the valid names.
    }
    throw new IllegalArgumentException(
        SEVERITIES.key() + " names '" + name + "', which is not one of " + POWER_TYPES);
  }

  private static AlarmSeverity severity(String type, String name) {
    try {
      return AlarmSeverity.valueOf(name.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          SEVERITIES.key()
              + " gives "
              + type
              + " the severity '"
              + name
              + "'; use one of INFO, MINOR, MAJOR, CRITICAL",
          e);
    }
  }

  private static ZoneId zone(Configuration config) {
    String zone = config.get(DEFAULT_TIMEZONE);
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          DEFAULT_TIMEZONE.key() + " '" + zone + "' is not a known zone such as Europe/Madrid", e);
    }
  }

  private static Duration positive(Configuration config, ConfigOption<Duration> option) {
    Duration value = config.get(option);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(option.key() + " must be positive, was " + value);
    }
    return value;
  }

  private static double above(Configuration config, ConfigOption<Double> option, double bound) {
    double value = config.get(option);
    if (!(value > bound)) {
      throw new IllegalArgumentException(
          option.key() + " must be above " + bound + ", was " + value);
    }
    return value;
  }

  private static double atLeast(Configuration config, ConfigOption<Double> option, double bound) {
    double value = config.get(option);
    if (!(value >= bound) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          option.key() + " must be at least " + bound + " and finite, was " + value);
    }
    return value;
  }

  private static int atLeast(Configuration config, ConfigOption<Integer> option, int bound) {
    int value = config.get(option);
    if (value < bound) {
      throw new IllegalArgumentException(
          option.key() + " must be at least " + bound + ", was " + value);
    }
    return value;
  }

  /** A value in (0, 1]. */
  private static double fraction(Configuration config, ConfigOption<Double> option) {
    double value = above(config, option, 0);
    if (value > 1) {
      throw new IllegalArgumentException(option.key() + " must be at most 1, was " + value);
    }
    return value;
  }

  /** A value in [0, 1). */
  private static double share(Configuration config, ConfigOption<Double> option) {
    double value = atLeast(config, option, 0);
    if (value >= 1) {
      throw new IllegalArgumentException(option.key() + " must be below 1, was " + value);
    }
    return value;
  }
}
