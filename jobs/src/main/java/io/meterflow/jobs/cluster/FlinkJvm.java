package io.meterflow.jobs.cluster;

import io.meterflow.jobs.services.Jdk;
import io.meterflow.jobs.services.JvmArguments;
import io.meterflow.jobs.services.LocalServiceException;
import io.meterflow.jobs.services.ServiceFolder;
import io.meterflow.jobs.services.ServiceProcess;
import io.meterflow.jobs.services.ToolRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Launches the JobManager and TaskManager JVMs as Flink's own {@code jobmanager.sh} and {@code
 * taskmanager.sh} do: the memory flags and dynamic properties come from {@code BashJavaUtils}
 * (without them a TaskManager exits with "taskmanager.cpu.cores ... is not set"), then the entry
 * class with {@code --configDir}.
 */
final class FlinkJvm {
  static final String JOB_MANAGER_CLASS =
      "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
  static final String TASK_MANAGER_CLASS =
      "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";
  private static final String BASH_JAVA_UTILS = "org.apache.flink.runtime.util.bash.BashJavaUtils";
  private static final String RESULT_PREFIX = "BASH_JAVA_UTILS_EXEC_RESULT:";

  /** What Flink's default {@code env.java.opts.all} holds for Java 17. */
  static final List<String> JAVA17_OPTIONS =
      List.of(
          "--add-exports=java.base/sun.net.util=ALL-UNNAMED",
          "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
          "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.net=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=java.base/java.text=ALL-UNNAMED",
          "--add-opens=java.base/java.time=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");

  private final Jdk jdk;
  private final String classpath;
  private final Path confDir;
  private final Path logging;
  private final Duration timeout;

  FlinkJvm(Jdk jdk, String classpath, Path confDir, Path logging, Duration timeout) {
    this.jdk = jdk;
    this.classpath = classpath;
    this.confDir = confDir;
    this.logging = logging;
    this.timeout = timeout;
  }

  ServiceProcess launchJobManager(ServiceFolder folder) throws IOException, InterruptedException {
    return launch(
        folder, "GET_JM_RESOURCE_PARAMS", JOB_MANAGER_CLASS, List.of("--executionMode", "cluster"));
  }

  /** A TaskManager registered under {@code resourceId}, the folder's name. */
  ServiceProcess launchTaskManager(ServiceFolder folder) throws IOException, InterruptedException {
    return launch(
        folder,
        "GET_TM_RESOURCE_PARAMS",
        TASK_MANAGER_CLASS,
        List.of("-D", "taskmanager.resource-id=" + folder.service()));
  }

  private ServiceProcess launch(
      ServiceFolder folder, String resourceCommand, String mainClass, List<String> extraArguments)
      throws IOException, InterruptedException {
    folder.reset();
    List<List<String>> resources = resourceParameters(resourceCommand, folder);
    Path log = folder.resolve(folder.service() + ".log");
    List<String> arguments = new ArrayList<>(resources.get(0));
    arguments.addAll(
        new JvmArguments()
            .addAll(JAVA17_OPTIONS)
            .property("log.file", log)
            .property("log4j.configurationFile", logging.toUri())
            .property("log4j2.configurationFile", logging.toUri())
            .add("-cp", classpath)
            .followedBy(mainClass, "--configDir", confDir.toString()));
    arguments.addAll(resources.get(1));
    arguments.addAll(extraArguments);
    return ServiceProcess.launch(folder, jdk.java(), arguments, log);
  }

  /**
   * The two result lines of {@code BashJavaUtils}: JVM memory flags (before the main class) and
   * {@code -D key=value} dynamic properties (after the arguments).
   */
  private List<List<String>> resourceParameters(String command, ServiceFolder folder)
      throws IOException, InterruptedException {
    Path output = folder.resolve("memory-parameters.log");
    ToolRun.run(
        List.of(
            jdk.java().toString(),
            "-cp",
            classpath,
            BASH_JAVA_UTILS,
            command,
            "--configDir",
            confDir.toString()),
        folder.dir(),
        output,
        timeout,
        "Computing the Flink memory settings from " + confDir.resolve("config.yaml"));
    List<List<String>> results =
        Files.readAllLines(output, StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith(RESULT_PREFIX))
            .map(line -> line.substring(RESULT_PREFIX.length()).trim())
            .map(line -> Arrays.stream(line.split(" ")).filter(part -> !part.isEmpty()).toList())
            .toList();
    if (results.size() != 2) {
      throw new LocalServiceException(
          "Flink's BashJavaUtils printed "
              + results.size()
              + " result lines instead of 2; see "
              + output);
    }
    return results;
  }
}
