package org.newsdesk.tracker.application.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands items read on one thread to a consumer running on a thread of its own, in chunks
 * and in order, so that reading rows and checking them overlap. A consumer's failure
 * stops the reading side at its next item and is rethrown by {@link #finish()}.
 */
final class Pipelined<T> implements Consumer<T>, AutoCloseable {

	private static final int CHUNK = 512;

	private static final List<Object> END = List.of();

	private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(16);

	private final Thread worker;

	private volatile Throwable failure;

	private List<T> chunk = new ArrayList<>(CHUNK);

	private boolean finished;

	@SuppressWarnings("unchecked")
	Pipelined(String name, Consumer<T> consumer) {
		this.worker = new Thread(() -> {
			try {
				while (true) {
					List<T> items = this.queue.take();
					if (items == (Object) END) {
						return;
					}
					items.forEach(consumer);
				}
			}
			catch (Throwable ex) {
				this.failure = ex;
				this.queue.clear();
			}
		}, name);
		this.worker.setDaemon(true);
		this.worker.start();
	}

	@Override
	public void accept(T item) {
		this.chunk.add(item);
		if (this.chunk.size() == CHUNK) {
			hand(this.chunk);
			this.chunk = new ArrayList<>(CHUNK);
		}
	}

	private void hand(List<T> items) {
		try {
			while (!this.queue.offer(items, 100, TimeUnit.MILLISECONDS)) {
				rethrow();
			}
			rethrow();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while handing events to the verifier", ex);
		}
	}

	/** Waits until the consumer has taken every item. */
	@SuppressWarnings("unchecked")
	void finish() {
		this.finished = true;
		hand(this.chunk);
		hand((List<T>) (List<?>) END);
		try {
			this.worker.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the verifier", ex);
		}
		rethrow();
	}

	private void rethrow() {
		Throwable failed = this.failure;
		if (failed instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failed instanceof Error error) {
			throw error;
		}
		if (failed != null) {
			throw new IllegalStateException(failed);
		}
	}

	@Override
	public void close() {
		if (!this.finished) {
			this.worker.interrupt();
		}
	}

}
