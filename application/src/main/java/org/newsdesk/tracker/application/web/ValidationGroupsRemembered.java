package org.newsdesk.tracker.application.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.MethodParameter;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.validation.method.MethodValidator;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod;

/**
 * Spring MVC's handler adapter, with the validation groups of each controller method
 * worked out once instead of on every request. Spring asks its method validator for them
 * whenever it prepares a call, whether or not the method validates anything, and the
 * validator answers by scanning the method's and its class's annotations for
 * {@code @Validated}: about a twentieth of the request threads' time under the append
 * load. A method's groups follow from its annotations and its class's, which do not
 * change while the tracker runs, so the first answer for a class and method is kept.
 * Validation itself is Spring's, unchanged.
 */
final class ValidationGroupsRemembered extends RequestMappingHandlerAdapter {

	private final Map<MethodValidator, MethodValidator> remembering = new ConcurrentHashMap<>();

	@Override
	protected ServletInvocableHandlerMethod createInvocableHandlerMethod(HandlerMethod handlerMethod) {
		return new ServletInvocableHandlerMethod(handlerMethod) {
			@Override
			public void setMethodValidator(MethodValidator validator) {
				super.setMethodValidator((validator != null)
						? ValidationGroupsRemembered.this.remembering.computeIfAbsent(validator, Remembering::new)
						: null);
			}
		};
	}

	/** A method validator that keeps the groups it worked out. */
	static final class Remembering implements MethodValidator {

		private final MethodValidator validator;

		private final Map<Key, Class<?>[]> groups = new ConcurrentHashMap<>();

		private record Key(Class<?> target, Method method) {
		}

		Remembering(MethodValidator validator) {
			this.validator = validator;
		}

		@Override
		public Class<?>[] determineValidationGroups(Object target, Method method) {
			return this.groups.computeIfAbsent(new Key(target.getClass(), method),
					(key) -> this.validator.determineValidationGroups(target, method));
		}

		@Override
		public MethodValidationResult validateArguments(Object target, Method method, MethodParameter[] parameters,
				Object[] arguments, Class<?>[] groups) {
			return this.validator.validateArguments(target, method, parameters, arguments, groups);
		}

		@Override
		public void applyArgumentValidation(Object target, Method method, MethodParameter[] parameters,
				Object[] arguments, Class<?>[] groups) {
			this.validator.applyArgumentValidation(target, method, parameters, arguments, groups);
		}

		@Override
		public MethodValidationResult validateReturnValue(Object target, Method method, MethodParameter returnType,
				Object returnValue, Class<?>[] groups) {
			return this.validator.validateReturnValue(target, method, returnType, returnValue, groups);
		}

		@Override
		public void applyReturnValueValidation(Object target, Method method, MethodParameter returnType,
				Object returnValue, Class<?>[] groups) {
			this.validator.applyReturnValueValidation(target, method, returnType, returnValue, groups);
		}

	}

}
