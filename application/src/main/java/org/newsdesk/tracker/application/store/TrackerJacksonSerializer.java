package org.newsdesk.tracker.application.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectReader;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer, remembering what it looks up for every message it reads: the
 * class a stored type name stands for (a class loader lookup each time otherwise) and the
 * reader for that class. Names that stand for no class are looked up each time, as Axon
 * does, so a class added later is still found.
 * <p>
 * Metadata as the tracker writes it, one object of plain strings, is read without Jackson
 * ({@link FlatJson}): every projection reads an event's metadata, and Jackson's reading
 * of it was about a third of the time they spent deserializing. Any other shape goes to
 * Jackson as before.
 */
final class TrackerJacksonSerializer extends JacksonSerializer {

	private static final String METADATA = MetaData.class.getName();

	private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();

	private final ClassValue<ObjectReader> readers = new ClassValue<>() {
		@Override
		protected ObjectReader computeValue(Class<?> type) {
			return TrackerJacksonSerializer.super.getReader(type);
		}
	};

	TrackerJacksonSerializer(Builder builder) {
		super(builder);
	}

	@Override
	@SuppressWarnings("rawtypes")
	public Class classForType(SerializedType type) {
		Class<?> known = this.classes.get(type.getName());
		if (known != null) {
			return known;
		}
		Class<?> found = super.classForType(type);
		if (found != UnknownSerializedType.class && found != Void.class) {
			this.classes.put(type.getName(), found);
		}
		return found;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <S, T> T deserialize(SerializedObject<S> serializedObject) {
		if (METADATA.equals(serializedObject.getType().getName())
				&& serializedObject.getData() instanceof byte[] json) {
			Map<String, String> flat = FlatJson.strings(json);
			if (flat != null) {
				return (T) MetaData.from(flat);
			}
		}
		return super.deserialize(serializedObject);
	}

	@Override
	protected ObjectReader getReader(Class<?> type) {
		return this.readers.get(type);
	}

}
