package io.meterflow.jobs.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkDiscoveryTest {
  @TempDir Path root;
  private Path jvms;
  private Jdk running25;

  @BeforeEach
  void createInstallFolder() throws IOException {
    jvms = Files.createDirectories(root.resolve("jvm"));
    running25 = new Jdk(root.resolve("running"), 25);
  }

  @Test
  void shouldReadTheFeatureReleaseFromTheReleaseFile() throws IOException {
    assertThat(Jdk.at(fakeJdk(root.resolve("a"), "17.0.15")))
        .contains(new Jdk(root.resolve("a"), 17));
    assertThat(Jdk.at(fakeJdk(root.resolve("b"), "25"))).contains(new Jdk(root.resolve("b"), 25));
    assertThat(Jdk.at(fakeJdk(root.resolve("c"), "1.8.0_292")))
        .contains(new Jdk(root.resolve("c"), 8));
    assertThat(Jdk.at(root.resolve("missing"))).isEmpty();
  }

  @Test
  void shouldFindJava17ForCassandraWhenRunningOnANewerJdk() throws IOException {
    fakeJdk(jvms.resolve("temurin-21"), "21.0.4");
    Path java17 = fakeJdk(jvms.resolve("java-17-openjdk-amd64"), "17.0.15");

    Jdk found = discovery(Map.of(), running25).forCassandra();

    assertThat(found).isEqualTo(new Jdk(java17, 17));
  }

  @Test
  void shouldUseTheRunningJvmForCassandraWhenItIsJava17() throws IOException {
    fakeJdk(jvms.resolve("other-17"), "17.0.1");
    Jdk running17 = new Jdk(root.resolve("running"), 17);

    assertThat(discovery(Map.of(), running17).forCassandra()).isEqualTo(running17);
  }

  @Test
  void shouldPreferTheNewestInstalledJdkForTheRegistry() throws IOException {
    fakeJdk(jvms.resolve("jdk-21"), "21.0.4");
    Path java25 = fakeJdk(jvms.resolve("temurin-25-jdk-amd64"), "25.0.1");
    fakeJdk(jvms.resolve("jdk-17"), "17.0.15");

    Jdk found = discovery(Map.of(), new Jdk(root.resolve("running"), 17)).forRegistry();

    assertThat(found).isEqualTo(new Jdk(java25, 25));
  }

  @Test
  void shouldFindAMacOsJdkInContentsHome() throws IOException {
    Path home = fakeJdk(jvms.resolve("temurin-21.jdk").resolve("Contents").resolve("Home"), "21");

    Jdk found = discovery(Map.of(), new Jdk(root.resolve("running"), 17)).forRegistry();

    assertThat(found).isEqualTo(new Jdk(home, 21));
  }

  @Test
  void shouldPreferJavaHomeToTheInstallFolders() throws IOException {
    fakeJdk(jvms.resolve("jdk-17"), "17.0.15");
    Path javaHome = fakeJdk(root.resolve("elsewhere"), "17.0.2");

    Jdk found = discovery(Map.of("JAVA_HOME", javaHome.toString()), running25).forCassandra();

    assertThat(found).isEqualTo(new Jdk(javaHome, 17));
  }

  @Test
  void shouldTakeTheExplicitVariableFirst() throws IOException {
    fakeJdk(jvms.resolve("jdk-17"), "17.0.15");
    Path explicit = fakeJdk(root.resolve("my-17"), "17.0.9");

    Jdk found =
        discovery(Map.of(JdkDiscovery.JAVA17_ENV, explicit.toString()), running25).forCassandra();

    assertThat(found).isEqualTo(new Jdk(explicit, 17));
  }

  @Test
  void shouldRefuseAnExplicitVariableNamingTheWrongRelease() throws IOException {
    Path java21 = fakeJdk(root.resolve("my-21"), "21.0.4");

    assertThatThrownBy(
            () ->
                discovery(Map.of(JdkDiscovery.JAVA17_ENV, java21.toString()), running25)
                    .forCassandra())
        .isInstanceOf(LocalServiceException.class)
        .hasMessage(
            "MF_JAVA17_HOME="
                + java21
                + " is Java 21, but Cassandra 5.0 needs Java 17; point it at such a JDK or unset"
                + " it.");
  }

  @Test
  void shouldSayWhereItLookedAndWhatToDoWhenNoJdkFits() {
    assertThatThrownBy(() -> discovery(Map.of(), running25).forCassandra())
        .isInstanceOf(LocalServiceException.class)
        .hasMessage(
            "Cassandra 5.0 needs Java 17, and none was found (looked at the running JVM,"
                + " JAVA_HOME and ["
                + jvms
                + "]). Install one (e.g. Temurin from adoptium.net, or apt-get install"
                + " openjdk-17-jdk-headless), or set MF_JAVA17_HOME to its folder.");
  }

  private JdkDiscovery discovery(Map<String, String> env, Jdk running) {
    return new JdkDiscovery(env, running, List.of(jvms));
  }

  private static Path fakeJdk(Path home, String version) throws IOException {
    Path bin = Files.createDirectories(home.resolve("bin"));
    Files.createFile(
        bin.resolve("java"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    Files.writeString(
        home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
    return home;
  }
}
