package io.meterflow.jobs.services;

/** A service process that {@code services stop} ended, and how. */
public record StoppedService(ServiceKind kind, long pid, ServiceProcess.StopOutcome outcome) {}
