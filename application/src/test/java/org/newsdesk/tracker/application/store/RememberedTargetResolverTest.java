package org.newsdesk.tracker.application.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.claim.RecordDenial;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Every command of the domain is aimed where Axon's own resolver aims it. */
class RememberedTargetResolverTest {

	private final CommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();

	private final RememberedTargetResolver remembered = new RememberedTargetResolver();

	@Test
	void everyDomainCommandResolvesToTheSameTargetAsWithAxon() throws Exception {
		List<Class<?>> commands = domainCommands();
		assertThat(commands).hasSizeGreaterThan(20).contains(RecordDenial.class);
		Random random = new Random(44);
		for (Class<?> command : commands) {
			assertThat(RememberedTargetResolver.targetOf(command)).as("%s is read directly", command.getSimpleName())
				.isNotNull();
			for (int i = 0; i < 3; i++) {
				Object payload = build(command, random);
				VersionedAggregateIdentifier expected = this.axon
					.resolveTarget(GenericCommandMessage.asCommandMessage(payload));
				VersionedAggregateIdentifier actual = this.remembered
					.resolveTarget(GenericCommandMessage.asCommandMessage(payload));
				assertThat(actual).as("%s", payload).isEqualTo(expected);
				assertThat(actual.getIdentifier()).isEqualTo(expected.getIdentifier()).isNotBlank();
				assertThat(actual.getIdentifierValue()).isEqualTo(expected.getIdentifierValue());
				assertThat(actual.getVersion()).isEqualTo(expected.getVersion());
			}
		}
	}

	@Test
	void aCommandWithoutATargetGetsAxonsAnswer() {
		RecordDenial aimless = new RecordDenial(null, null, null, null);
		Throwable axons = org.assertj.core.api.Assertions
			.catchThrowable(() -> this.axon.resolveTarget(GenericCommandMessage.asCommandMessage(aimless)));
		assertThat(axons).isNotNull();
		assertThatThrownBy(() -> this.remembered.resolveTarget(GenericCommandMessage.asCommandMessage(aimless)))
			.isInstanceOf(axons.getClass())
			.hasMessage(axons.getMessage());
	}

	@Test
	void aClassItCannotReadSimplyIsLeftToAxon() {
		record TwoTargets(@TargetAggregateIdentifier String one, @TargetAggregateIdentifier String two) {
		}
		class Plain {

			@TargetAggregateIdentifier
			String id = "plain-1";

		}
		assertThat(RememberedTargetResolver.targetOf(TwoTargets.class)).isNull();
		assertThat(RememberedTargetResolver.targetOf(String.class)).isNull();
		assertThat(this.remembered.resolveTarget(GenericCommandMessage.asCommandMessage(new Plain())).getIdentifier())
			.isEqualTo("plain-1");
	}

	private static List<Class<?>> domainCommands() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
		List<Class<?>> commands = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("org.newsdesk.tracker")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			if (type.getPackageName().startsWith("org.newsdesk.tracker.application")) {
				continue;
			}
			boolean targeted = java.util.Arrays.stream(type.getDeclaredMethods())
				.anyMatch((m) -> m.isAnnotationPresent(TargetAggregateIdentifier.class))
					|| java.util.Arrays.stream(type.getDeclaredFields())
						.anyMatch((f) -> f.isAnnotationPresent(TargetAggregateIdentifier.class));
			if (targeted) {
				commands.add(type);
			}
		}
		return commands;
	}

	/** A value of {@code type} with random ids, or null where none can be made simply. */
	private static Object value(Class<?> type, Random random) {
		if (type == UUID.class) {
			return new UUID(random.nextLong(), random.nextLong());
		}
		if (type == String.class) {
			return "text " + random.nextInt(100);
		}
		if (type == Long.class || type == long.class) {
			return (long) random.nextInt(10);
		}
		if (type == Integer.class || type == int.class) {
			return random.nextInt(10);
		}
		if (type == boolean.class || type == Boolean.class) {
			return random.nextBoolean();
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0];
		}
		if (type == List.class) {
			return List.of();
		}
		if (type == Instant.class) {
			return Instant.ofEpochSecond(1_626_566_400L);
		}
		if (type.isRecord()) {
			try {
				return build(type, random);
			}
			catch (Exception ex) {
				return null;
			}
		}
		return null;
	}

	private static Object build(Class<?> type, Random random) throws Exception {
		RecordComponent[] components = type.getRecordComponents();
		Class<?>[] types = new Class<?>[components.length];
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
			values[i] = value(types[i], random);
		}
		Constructor<?> constructor = type.getDeclaredConstructor(types);
		constructor.setAccessible(true);
		return constructor.newInstance(values);
	}

}
