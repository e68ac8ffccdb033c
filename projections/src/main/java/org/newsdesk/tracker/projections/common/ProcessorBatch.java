package org.newsdesk.tracker.projections.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What a projection gathers while its processor handles one batch of events, written when
 * the batch commits, in the batch's transaction and with its token: a batch that fails
 * writes nothing and is handled again.
 */
public final class ProcessorBatch {

	private ProcessorBatch() {
	}

	/** Whether a processor's batch is being handled on this thread. */
	public static boolean active() {
		return CurrentUnitOfWork.isStarted();
	}

	/**
	 * The value kept under {@code key} for the current batch, made on first use;
	 * {@code beforeCommit} receives it when the batch is about to commit.
	 */
	public static <T> T resource(String key, Supplier<T> create, Consumer<T> beforeCommit) {
		UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
		return batch.getOrComputeResource(key, (name) -> {
			T value = create.get();
			batch.onPrepareCommit((unit) -> beforeCommit.accept(value));
			return value;
		});
	}

	/**
	 * The value kept under {@code key} for the current batch, made on first use, with
	 * nothing to do when the batch commits.
	 */
	public static <T> T resource(String key, Supplier<T> create) {
		return CurrentUnitOfWork.get().root().getOrComputeResource(key, (name) -> create.get());
	}

	/** The value kept under {@code key} for the current batch, or null when none is. */
	public static <T> T existing(String key) {
		return active() ? CurrentUnitOfWork.get().root().getResource(key) : null;
	}

}
