package io.meterflow.jobs.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.flink.util.TimeUtils;

/**
 * Reads typed values from the effective settings and collects every problem instead of stopping at
 * the first, so that one run tells the user all that is wrong. Each problem names the setting,
 * where its value came from and what to do; secret values are never quoted.
 */
final class SettingsReader {

  private final Map<String, SettingValue> values;
  private final List<String> problems = new ArrayList<>();

  SettingsReader(Map<String, SettingValue> values) {
    this.values = values;
  }

  Optional<String> optionalString(Setting setting) {
    return Optional.ofNullable(values.get(setting.key()))
        .map(SettingValue::value)
        .filter(value -> !value.isBlank())
        .map(String::trim);
  }

  /** A setting that has a default, so it always has a value unless set blank. */
  String string(Setting setting) {
    Optional<String> value = optionalString(setting);
    if (value.isEmpty()) {
      problem(setting, "must not be empty: " + setting.description());
      return setting.defaultIfAny().orElse("");
    }
    return value.get();
  }

  Optional<Secret> secret(Setting setting) {
    return Optional.ofNullable(values.get(setting.key()))
        .map(SettingValue::value)
        .filter(value -> !value.isEmpty())
        .map(Secret::of);
  }

  int intAtLeast(Setting setting, int minimum) {
    String text = string(setting);
    try {
      int value = Integer.parseInt(text);
      if (value >= minimum) {
        return value;
      }
      problem(setting, "must be at least " + minimum + ".");
    } catch (NumberFormatException e) {
      problem(setting, "is not a whole number: write e.g. " + setting.defaultValue() + ".");
    }
    return minimum;
  }

  Duration positiveDuration(Setting setting) {
    String text = string(setting);
    try {
      Duration value = TimeUtils.parseDuration(text);
      if (!value.isZero() && !value.isNegative()) {
        return value;
      }
      problem(setting, "must be longer than zero.");
    } catch (IllegalArgumentException e) {
      problem(
          setting, "is not a duration: write a number and a unit, e.g. 500ms, 10s, 5min, 400d.");
    }
    return Duration.ofSeconds(1);
  }

  boolean bool(Setting setting) {
    String text = string(setting).toLowerCase(Locale.ROOT);
    if (!text.equals("true") && !text.equals("false")) {
      problem(setting, "must be true or false.");
    }
    return text.equals("true");
  }

  <E extends Enum<E>> E enumValue(Setting setting, Class<E> type, E fallback) {
    return enumValue(setting, type, fallback, Enum::name);
  }

  <E extends Enum<E>> E enumValue(
      Setting setting, Class<E> type, E fallback, Function<E, String> spelling) {
    String text = string(setting);
    for (E constant : type.getEnumConstants()) {
      if (spelling.apply(constant).equalsIgnoreCase(text)) {
        return constant;
      }
    }
    problem(
        setting,
        "must be one of "
            + Arrays.stream(type.getEnumConstants()).map(spelling).collect(Collectors.joining(", "))
            + ".");
    return fallback;
  }

  /** A file that must exist when the setting is set. */
  Optional<Path> readableFile(Setting setting) {
    Optional<Path> path = optionalString(setting).map(Path::of);
    path.filter(file -> !Files.isReadable(file) || Files.isDirectory(file))
        .ifPresent(file -> problem(setting, "names no readable file: fix the path or mount it."));
    return path;
  }

  /** Records a problem with a setting's current value. */
  void problem(Setting setting, String what) {
    problems.add(quote(setting.key()) + " " + what);
  }

  /** Records a problem that is not about one value (e.g. two settings that must go together). */
  void problem(String sentence) {
    problems.add(sentence);
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  /** "key = 'value' (from origin)", or only the key when unset; secrets are redacted. */
  String quote(String key) {
    SettingValue value = values.get(key);
    if (value == null) {
      return key;
    }
    return key + " = '" + value.printable() + "' (" + value.origin() + ")";
  }
}
