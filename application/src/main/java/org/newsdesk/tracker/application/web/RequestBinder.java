package org.newsdesk.tracker.application.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.newsdesk.tracker.common.OccurredOn;

import org.springframework.stereotype.Component;

/**
 * Binds a JSON object to a request record field by field, collecting every problem
 * instead of stopping at the first: unknown fields, wrong types, impossible dates,
 * unknown enum values, then the record's constraint annotations and its own cross-field
 * checks. A component marked {@link JsonUnwrapped} takes its fields from the same JSON
 * object.
 */
@Component
public class RequestBinder {

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final DateTimeFormatter STRICT_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private final Validator validator;

	public RequestBinder(Validator validator) {
		this.validator = validator;
	}

	public <T extends Record & CommandRequest> T bind(JsonNode body, Class<T> type) {
		List<FieldProblem> problems = new ArrayList<>();
		if (body == null || body.isNull() || body.isMissingNode()) {
			body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
		}
		if (!body.isObject()) {
			throw new InvalidRequest("$", "the body must be a JSON object");
		}
		Set<String> known = new HashSet<>();
		T request = bindRecord(body, type, "", problems, known);
		for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!known.contains(name)) {
				problems.add(new FieldProblem(name, "is not a known field"));
			}
		}
		Set<String> bad = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
		for (ConstraintViolation<T> violation : this.validator.validate(request)) {
			String field = wirePath(violation.getPropertyPath().toString(), type);
			if (!bad.contains(field)) {
				problems.add(new FieldProblem(field, violation.getMessage()));
			}
		}
		List<FieldProblem> crossField = new ArrayList<>();
		request.check(crossField);
		crossField.stream().filter((problem) -> !bad.contains(problem.field())).forEach(problems::add);
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparing(FieldProblem::field));
			throw new InvalidRequest(problems);
		}
		return request;
	}

	/**
	 * What binding needs of a record type, looked up once per type: its components, which
	 * of them are unwrapped, and its canonical constructor.
	 */
	private record Shape(RecordComponent[] components, boolean[] unwrapped, Constructor<?> constructor) {

		static final ClassValue<Shape> OF = new ClassValue<>() {

			@Override
			protected Shape computeValue(Class<?> type) {
				RecordComponent[] components = type.getRecordComponents();
				boolean[] unwrapped = new boolean[components.length];
				for (int i = 0; i < components.length; i++) {
					unwrapped[i] = components[i].getAccessor().isAnnotationPresent(JsonUnwrapped.class);
				}
				try {
					Constructor<?> constructor = type.getDeclaredConstructor(
							Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
					constructor.setAccessible(true);
					return new Shape(components, unwrapped, constructor);
				}
				catch (NoSuchMethodException ex) {
					throw new IllegalStateException("cannot build " + type.getSimpleName(), ex);
				}
			}

		};

	}

	private <R> R bindRecord(JsonNode object, Class<R> type, String prefix, List<FieldProblem> problems,
			Set<String> known) {
		Shape shape = Shape.OF.get(type);
		RecordComponent[] components = shape.components();
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			if (shape.unwrapped()[i]) {
				values[i] = bindRecord(object, component.getType(), prefix, problems, known);
				continue;
			}
			String name = component.getName();
			known.add(name);
			JsonNode node = object.get(name);
			values[i] = (node == null || node.isNull()) ? absent(component.getType())
					: convert(node, component.getGenericType(), prefix + name, problems);
		}
		try {
			return type.cast(shape.constructor().newInstance(values));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot build " + type.getSimpleName(), ex);
		}
	}

	/**
	 * The JSON path of a record property: an unwrapped component adds no level of its
	 * own.
	 */
	private static String wirePath(String propertyPath, Class<?> type) {
		for (RecordComponent component : type.getRecordComponents()) {
			String prefix = component.getName() + ".";
			if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class) && propertyPath.startsWith(prefix)) {
				return wirePath(propertyPath.substring(prefix.length()), component.getType());
			}
		}
		return propertyPath;
	}

	private static Object absent(Class<?> type) {
		return (type == boolean.class) ? Boolean.FALSE : null;
	}

	private Object convert(JsonNode node, Type genericType, String path, List<FieldProblem> problems) {
		Class<?> type = raw(genericType);
		if (type == List.class) {
			if (!node.isArray()) {
				return problem(problems, path, "must be an array");
			}
			Type element = ((ParameterizedType) genericType).getActualTypeArguments()[0];
			List<Object> list = new ArrayList<>();
			for (int i = 0; i < node.size(); i++) {
				JsonNode item = node.get(i);
				list.add((item == null || item.isNull()) ? problem(problems, path + "[" + i + "]", "must not be null")
						: convert(item, element, path + "[" + i + "]", problems));
			}
			return list;
		}
		if (type.isRecord() && type != OccurredOn.class) {
			if (!node.isObject()) {
				return problem(problems, path, "must be an object");
			}
			Set<String> known = new HashSet<>();
			Object value = bindRecord(node, type, path + ".", problems, known);
			for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
				String name = names.next();
				if (!known.contains(name)) {
					problems.add(new FieldProblem(path + "." + name, "is not a known field"));
				}
			}
			return value;
		}
		if (type == String.class) {
			return node.isTextual() ? node.textValue() : problem(problems, path, "must be a string");
		}
		if (type == Boolean.class || type == boolean.class) {
			return node.isBoolean() ? node.booleanValue() : problem(problems, path, "must be true or false");
		}
		if (type == Long.class || type == long.class) {
			return (node.isIntegralNumber() && node.canConvertToLong()) ? node.longValue()
					: problem(problems, path, "must be a whole number");
		}
		if (type == BigDecimal.class) {
			return node.isNumber() ? node.decimalValue() : problem(problems, path, "must be a number");
		}
		if (!node.isTextual()) {
			return problem(problems, path, "must be a string");
		}
		String text = node.textValue();
		if (type == UUID.class) {
			return UUID_TEXT.matcher(text).matches() ? UUID.fromString(text)
					: problem(problems, path, "'" + abbreviate(text) + "' is not a UUID");
		}
		if (type == LocalDate.class) {
			try {
				return LocalDate.parse(text, STRICT_DAY);
			}
			catch (DateTimeParseException ex) {
				return problem(problems, path,
						"'" + abbreviate(text) + "' is not a possible date (expected 2021-07-29)");
			}
		}
		if (type == Instant.class) {
			try {
				return Instant.parse(text);
			}
			catch (DateTimeParseException ex) {
				return problem(problems, path,
						"'" + abbreviate(text) + "' is not an instant (expected 2021-07-29T14:00:00Z)");
			}
		}
		if (type == OccurredOn.class) {
			try {
				return OccurredOn.parse(text);
			}
			catch (IllegalArgumentException ex) {
				return problem(problems, path, abbreviateMessage(ex.getMessage()));
			}
		}
		if (type.isEnum()) {
			for (Object constant : type.getEnumConstants()) {
				if (((Enum<?>) constant).name().equals(text)) {
					return constant;
				}
			}
			return problem(problems, path,
					"'" + abbreviate(text) + "' is not one of "
							+ Arrays.stream(type.getEnumConstants())
								.map((constant) -> ((Enum<?>) constant).name())
								.collect(Collectors.joining(", ")));
		}
		throw new IllegalStateException("no binding for " + type);
	}

	private static Class<?> raw(Type type) {
		return (type instanceof ParameterizedType parameterized) ? (Class<?>) parameterized.getRawType()
				: (Class<?>) type;
	}

	private static Object problem(List<FieldProblem> problems, String path, String message) {
		problems.add(new FieldProblem(path, message));
		return null;
	}

	private static String abbreviate(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "…" : text;
	}

	private static String abbreviateMessage(String message) {
		return (message.length() > 200) ? message.substring(0, 200) + "…" : message;
	}

}
