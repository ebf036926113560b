package io.meterflow.jobs.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogLineTest {
  @TempDir Path folder;

  @Test
  void shouldSeeALineWrittenInPiecesOnlyOnceItIsComplete() throws IOException {
    Path log = folder.resolve("server.log");
    LogLine started = new LogLine(log, "Kafka Server started");

    boolean beforeTheFileExists = started.appeared();
    append(log, "INFO starting\nINFO Kafka Serv");
    boolean halfWritten = started.appeared();
    append(log, "er started (kafka.server.KafkaRaftServer)\n");
    boolean complete = started.appeared();

    assertThat(beforeTheFileExists).isFalse();
    assertThat(halfWritten).isFalse();
    assertThat(complete).isTrue();
  }

  @Test
  void shouldKeepSayingSoOnceSeen() throws IOException {
    Path log = folder.resolve("server.log");
    LogLine started = new LogLine(log, "ready");
    append(log, "ready\n");

    assertThat(started.appeared()).isTrue();
    append(log, "more\n");
    assertThat(started.appeared()).isTrue();
  }

  private static void append(Path log, String text) throws IOException {
    Files.writeString(log, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
