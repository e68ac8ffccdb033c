package org.newsdesk.tracker.application.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The firewall's hand-written rules answer as Spring Security's regular expressions do,
 * for every code point alone and for seeded random strings mixing them.
 */
class FirewallRulesTest {

	/** Spring Security's expressions (StrictHttpFirewall, 6.5). */
	private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Test
	void everyCodePointAloneIsJudgedAsSpringSecurityJudgesIt() {
		int refusedNames = 0;
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			String text = new String(Character.toChars(codePoint));
			boolean name = NAME.matcher(text).matches();
			assertThat(FirewallRules.NAME.test(text)).as("U+%04X in a name", codePoint).isEqualTo(name);
			assertThat(FirewallRules.VALUE.test(text)).as("U+%04X in a value", codePoint)
				.isEqualTo(VALUE.matcher(text).matches());
			refusedNames += name ? 0 : 1;
		}
		assertThat(refusedNames).as("control and unassigned code points are refused").isGreaterThan(100_000);
		assertThat(FirewallRules.VALUE.test("Basic ZWRpdG9yOmVkaXRvcg==\tx")).isTrue();
		assertThat(FirewallRules.NAME.test("X-Request-Id\t")).isFalse();
		assertThat(FirewallRules.VALUE.test("application/json\u0000")).isFalse();
		assertThat(FirewallRules.VALUE.test("")).isTrue();
	}

	@Test
	void mixedStringsAreJudgedAsSpringSecurityJudgesThem() {
		Random random = new Random(16886);
		int refused = 0;
		for (int i = 0; i < 200_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(12);
			for (int j = 0; j < length; j++) {
				switch (random.nextInt(6)) {
					case 0 -> text.append((char) (0x20 + random.nextInt(0x5f)));
					case 1 -> text.append((char) random.nextInt(0x20));
					case 2 -> text.append((char) random.nextInt(0x10000));
					case 3 -> text.appendCodePoint(0x10000 + random.nextInt(Character.MAX_CODE_POINT - 0xffff));
					case 4 -> text.append('\t');
					default -> text.append((char) (0xd800 + random.nextInt(0x800)));
				}
			}
			String candidate = text.toString();
			refused += check(candidate, FirewallRules.NAME, NAME) ? 0 : 1;
			check(candidate, FirewallRules.VALUE, VALUE);
		}
		assertThat(refused).as("both answers occur").isBetween(1_000, 199_000);
	}

	private static boolean check(String text, Predicate<String> rule, Pattern expected) {
		boolean allowed = expected.matcher(text).matches();
		assertThat(rule.test(text)).as("%s against %s", text.codePoints().boxed().toList(), expected)
			.isEqualTo(allowed);
		return allowed;
	}

}
