package io.meterflow.jobs.config;

import io.meterflow.jobs.services.ServiceSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link MeterflowConfig} from its layers, each overriding the one before: built-in
 * defaults, {@code <servicesDir>/endpoints.properties} (when the local services run), the YAML
 * file, and {@code key=value} arguments. Then resolves {@code ${env:NAME}} and {@code
 * ${file:/path}} references and validates; logs the result with secrets redacted.
 */
public final class MeterflowConfigLoader {

  private static final Logger LOG = LoggerFactory.getLogger(MeterflowConfigLoader.class);
  private static final String CONFIG_OPTION = "--config";

  private Map<String, String> environment = System.getenv();
  private Path servicesDirectory;
  private Path configFile;
  private final Map<String, String> arguments = new LinkedHashMap<>();

  /** A loader of {@code --config FILE} (or {@code --config=FILE}) and {@code key=value} args. */
  public static MeterflowConfigLoader fromArguments(String... args) {
    MeterflowConfigLoader loader = new MeterflowConfigLoader();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals(CONFIG_OPTION)) {
        if (i + 1 == args.length) {
          throw new ConfigException("--config needs a file: --config /path/to/meterflow.yaml.");
        }
        loader.configFile(Path.of(args[++i]));
      } else if (arg.startsWith(CONFIG_OPTION + "=")) {
        loader.configFile(Path.of(arg.substring(CONFIG_OPTION.length() + 1)));
      } else if (arg.indexOf('=') > 0 && !arg.startsWith("-")) {
        loader.argument(
            arg.substring(0, arg.indexOf('=')).trim(), arg.substring(arg.indexOf('=') + 1));
      } else {
        throw new ConfigException(
            "Unexpected argument '"
                + arg
                + "': pass --config FILE and settings as key=value, e.g."
                + " cassandra.keyspace=meterflow.");
      }
    }
    return loader;
  }

  /** The environment that {@code ${env:NAME}} reads (default: the process's). */
  public MeterflowConfigLoader environment(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
    return this;
  }

  /**
   * The folder of the local services' endpoints.properties (default: MF_SERVICES_DIR, else
   * target/meterflow-services in the checkout).
   */
  public MeterflowConfigLoader servicesDirectory(Path directory) {
    this.servicesDirectory = directory;
    return this;
  }

  public MeterflowConfigLoader configFile(Path file) {
    this.configFile = file;
    return this;
  }

  /** A key=value setting, overriding every other layer. */
  public MeterflowConfigLoader argument(String key, String value) {
    arguments.put(key, value);
    return this;
  }

  /**
   * @throws ConfigException naming every setting that is wrong and what to do
   */
  public MeterflowConfig load() {
    Map<String, SettingValue> layered = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Setting setting : KnownSettings.ALL) {
      setting
          .defaultIfAny()
          .ifPresent(
              value -> layered.put(setting.key(), new SettingValue(value, "default", false)));
    }
    Path services =
        servicesDirectory != null ? servicesDirectory : ServicesEndpointsFile.servicesDirectory();
    overlay(
        layered,
        ServicesEndpointsFile.read(services),
        "services endpoints " + services.resolve(ServiceSettings.ENDPOINTS_FILE),
        problems);
    if (configFile != null) {
      overlay(layered, YamlSettingsFile.read(configFile), "config file " + configFile, problems);
    }
    overlay(layered, arguments, "argument", problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    MeterflowConfig config = MeterflowConfig.of(resolveReferences(layered));
    LOG.info("Effective meterflow configuration:{}{}", System.lineSeparator(), config.describe());
    return config;
  }

  private static void overlay(
      Map<String, SettingValue> layered,
      Map<String, String> layer,
      String origin,
      List<String> problems) {
    layer.forEach(
        (key, value) -> {
          if (KnownSettings.isKnown(key)) {
            layered.put(key, new SettingValue(value, origin, false));
          } else {
            problems.add(KnownSettings.unknown(key, origin));
          }
        });
  }

  private Map<String, SettingValue> resolveReferences(Map<String, SettingValue> layered) {
    SecretReferences references = new SecretReferences(environment);
    List<String> problems = new ArrayList<>();
    Map<String, SettingValue> resolved = new LinkedHashMap<>();
    layered.forEach(
        (key, setting) -> {
          boolean referenced = SecretReferences.containsReference(setting.value());
          try {
            String value = referenced ? references.resolve(key, setting.value()) : setting.value();
            String origin =
                referenced
                    ? setting.origin() + ", " + SecretReferences.referencesIn(setting.value())
                    : setting.origin();
            resolved.put(
                key, new SettingValue(value, origin, referenced || SensitiveKeys.isSensitive(key)));
          } catch (ConfigException e) {
            problems.addAll(e.problems());
          }
        });
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return resolved;
  }
}
