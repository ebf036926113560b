{{/* The release's name prefix of every resource, at most 45 characters so that the operator's
     derived names (<name>-rest, <name>-taskmanager-1-1, ...) stay within 63. */}}
{{- define "meterflow.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 45 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 45 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "meterflow.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "meterflow.labels" -}}
{{ include "meterflow.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "meterflow.image" -}}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) -}}
{{- end -}}

{{/* Where the ConfigMap of meterflow settings and the credential Secrets are mounted. */}}
{{- define "meterflow.configFile" -}}/etc/meterflow/config/meterflow.yaml{{- end -}}
{{- define "meterflow.secretsDir" -}}/etc/meterflow/secrets{{- end -}}

{{/* The meterflow.yaml that --config reads: the `config` value, then a ${file:...} reference
     to every credential of an existing Secret (dotted keys, which the loader reads as the
     nested ones). */}}
{{- define "meterflow.configYaml" -}}
{{- $dir := include "meterflow.secretsDir" . -}}
{{- with .Values.config }}
{{ toYaml . }}
{{- end }}
{{- with .Values.secrets.kafka }}
{{- if .existingSecret }}
kafka.properties.sasl.jaas.config: {{ printf "${file:%s/kafka/%s}" $dir .jaasConfigKey | quote }}
{{- end }}
{{- end }}
{{- with .Values.secrets.registry }}
{{- if .existingSecret }}
registry.basic-auth.user: {{ printf "${file:%s/registry/%s}" $dir .userKey | quote }}
registry.basic-auth.password: {{ printf "${file:%s/registry/%s}" $dir .passwordKey | quote }}
{{- end }}
{{- end }}
{{- with .Values.secrets.cassandra }}
{{- if .existingSecret }}
cassandra.username: {{ printf "${file:%s/cassandra/%s}" $dir .usernameKey | quote }}
cassandra.password: {{ printf "${file:%s/cassandra/%s}" $dir .passwordKey | quote }}
{{- end }}
{{- end }}
{{- end -}}

{{/* Volumes of the settings ConfigMap (argument: dict root, configMap) and of every
     credential Secret. */}}
{{- define "meterflow.volumes" -}}
- name: meterflow-config
  configMap:
    name: {{ .configMap }}
{{- range $kind := list "cassandra" "kafka" "registry" }}
{{- with (index $.root.Values.secrets $kind).existingSecret }}
- name: {{ $kind }}-credentials
  secret:
    secretName: {{ . }}
{{- end }}
{{- end }}
{{- end -}}

{{- define "meterflow.volumeMounts" -}}
- name: meterflow-config
  mountPath: {{ include "meterflow.configFile" . | dir }}
  readOnly: true
{{- $dir := include "meterflow.secretsDir" . }}
{{- range $kind := list "cassandra" "kafka" "registry" }}
{{- if (index $.Values.secrets $kind).existingSecret }}
- name: {{ $kind }}-credentials
  mountPath: {{ printf "%s/%s" $dir $kind }}
  readOnly: true
{{- end }}
{{- end }}
{{- end -}}

{{/* The Flink options of one job (argument: dict root, job): the chart-wide ones, the storage
     locations, the autoscaler's, then the job's own, each overriding the one before. */}}
{{- define "meterflow.flinkConfiguration" -}}
{{- $values := .root.Values -}}
{{- $storage := dict "execution.checkpointing.dir" $values.storage.checkpoints "execution.checkpointing.savepoint-dir" $values.storage.savepoints "high-availability.storageDir" $values.storage.highAvailability -}}
{{- $autoscaler := dict -}}
{{- if $values.autoscaler.enabled -}}
{{- $a := $values.autoscaler -}}
{{- $autoscaler = dict "job.autoscaler.enabled" "true" "job.autoscaler.target.utilization" $a.targetUtilization "job.autoscaler.target.utilization.boundary" $a.targetUtilizationBoundary "job.autoscaler.stabilization.interval" $a.stabilizationInterval "job.autoscaler.metrics.window" $a.metricsWindow "job.autoscaler.catch-up.duration" $a.catchUpDuration "job.autoscaler.restart.time" $a.restartTime "job.autoscaler.scale-down.interval" $a.scaleDownInterval "job.autoscaler.vertex.min-parallelism" .job.autoscaler.minParallelism "job.autoscaler.vertex.max-parallelism" .job.autoscaler.maxParallelism -}}
{{- end -}}
{{- $merged := merge (dict) (.job.flinkConfiguration | default dict) $autoscaler $storage $values.flinkConfiguration -}}
{{- range $key, $value := $merged }}
{{ $key }}: {{ $value | toString | quote }}
{{- end }}
{{- end -}}
