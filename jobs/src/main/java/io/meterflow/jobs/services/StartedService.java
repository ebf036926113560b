package io.meterflow.jobs.services;

/** A service that answered: its process and the address clients reach it at. */
record StartedService(ServiceKind kind, ServiceProcess process, String address) {}
