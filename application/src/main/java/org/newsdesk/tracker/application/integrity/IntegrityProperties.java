package org.newsdesk.tracker.application.integrity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the tracker seals its record.
 *
 * @param signingKey the checkpoint signing key in the signed-note form
 * {@code PRIVATE+KEY+<name>+<key id>+<base64>}; unset on the embedded default means a key
 * kept in the data directory, unset on PostgreSQL means no checkpoints
 * @param origin the log's name on each checkpoint; unset means the public address without
 * its scheme
 * @param checkpointInterval how often a checkpoint is sealed
 * @param sealDelay how old the newest sealed event must be, so that no transaction still
 * in flight can add an event below a sealed position
 */
@ConfigurationProperties("tracker.integrity")
public record IntegrityProperties(String signingKey, String origin, Duration checkpointInterval, Duration sealDelay) {

	public IntegrityProperties {
		checkpointInterval = (checkpointInterval != null) ? checkpointInterval : Duration.ofMinutes(1);
		sealDelay = (sealDelay != null) ? sealDelay : Duration.ofSeconds(10);
	}

}
