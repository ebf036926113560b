package io.meterflow.jobs.services;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the configuration files a service JVM reads into its folder. */
final class ServiceConfigFiles {
  private ServiceConfigFiles() {}

  /** Copies a file shipped next to these classes (a logging configuration) into the folder. */
  static Path copyResource(String resourceName, ServiceFolder folder) throws IOException {
    Path target = folder.resolve(resourceName);
    try (InputStream resource = ServiceConfigFiles.class.getResourceAsStream(resourceName)) {
      if (resource == null) {
        throw new IllegalStateException(resourceName + " is missing from the meterflow jar");
      }
      Files.copy(resource, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  static Path write(ServiceFolder folder, String fileName, String content) throws IOException {
    return Files.writeString(folder.resolve(fileName), content, StandardCharsets.UTF_8);
  }
}
