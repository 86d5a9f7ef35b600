package coop.ess.core.community;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type or an accessor that holds personal data in the sense of the GDPR (<i>données personnelles</i>).
 * Serialisers and exports of the SDK leave such data out unless the caller asks for it explicitly.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PersonalData {}
