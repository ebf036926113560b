package io.meterflow.jobs.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.FallbackKey;
import org.apache.flink.kubernetes.configuration.KubernetesConfigOptions;
import org.apache.flink.runtime.shuffle.ShuffleServiceOptions;
import org.apache.flink.state.rocksdb.RocksDBOptions;

/**
 * The keys of Flink's own option definitions: every public static {@link ConfigOption} of the
 * {@code *Options} classes in the jars of flink-core, flink-runtime, flink-statebackend-rocksdb and
 * flink-kubernetes (Kubernetes and Kubernetes HA options), with their fallback and deprecated keys,
 * and those of any further classes given.
 */
final class FlinkOptionCatalog {

  /** One class of each jar whose option classes count. */
  private static final List<Class<?>> FLINK_JARS =
      List.of(
          CoreOptions.class,
          ShuffleServiceOptions.class,
          RocksDBOptions.class,
          KubernetesConfigOptions.class);

  private final Set<String> keys;

  private FlinkOptionCatalog(Set<String> keys) {
    this.keys = Collections.unmodifiableSet(keys);
  }

  /** Flink's options, and those declared by the classes given (e.g. the operator's autoscaler). */
  static FlinkOptionCatalog of(Class<?>... optionClasses) {
    Set<String> keys = new TreeSet<>();
    for (Class<?> jarMember : FLINK_JARS) {
      for (String className : optionClassesInJarOf(jarMember)) {
        try {
          keys.addAll(keysOf(Class.forName(className)));
        } catch (ClassNotFoundException | LinkageError e) {
          // An options class needing an absent optional dependency: its keys stay unknown, so a
          // key of it fails the check instead of passing unseen.
        }
      }
    }
    for (Class<?> optionClass : optionClasses) {
      keys.addAll(keysOf(optionClass));
    }
    return new FlinkOptionCatalog(keys);
  }

  Set<String> keys() {
    return keys;
  }

  boolean isKnown(String key) {
    return keys.contains(key);
  }

  static Set<String> keysOf(Class<?> optionClass) {
    Set<String> keys = new TreeSet<>();
    for (Field field : optionClass.getFields()) {
      if (Modifier.isStatic(field.getModifiers())
          && ConfigOption.class.isAssignableFrom(field.getType())) {
        ConfigOption<?> option;
        try {
          option = (ConfigOption<?>) field.get(null);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
        keys.add(option.key());
        for (FallbackKey fallback : option.fallbackKeys()) {
          keys.add(fallback.getKey());
        }
      }
    }
    return keys;
  }

  private static List<String> optionClassesInJarOf(Class<?> member) {
    Path jar;
    try {
      jar = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream()
          .map(JarEntry::getName)
          .filter(name -> name.startsWith("org/apache/flink/") && name.endsWith("Options.class"))
          .filter(name -> !name.contains("/shaded/") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
