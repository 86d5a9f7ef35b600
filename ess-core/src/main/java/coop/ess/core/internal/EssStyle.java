package coop.ess.core.internal;

import coop.ess.core.EssValidationException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the SDK, placed on every model package.
 *
 * <p>Generated {@code Immutable*} classes are package-private: users see the abstract type, its static
 * {@code builder()} / {@code of(...)} factories and its nested {@code Builder}. A missing mandatory attribute raises
 * an {@link EssValidationException} naming every missing field.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    throwForInvalidImmutableState = EssValidationException.class,
    jacksonIntegration = false,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface EssStyle {}
