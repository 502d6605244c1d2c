package io.maestro.common.token;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the service lists all of these secrets in {@code maestro.required-secrets}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(ConditionalOnSecrets.DeclaredSecretsCondition.class)
public @interface ConditionalOnSecrets {

    String[] value();

    class DeclaredSecretsCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var attributes = metadata.getAnnotationAttributes(ConditionalOnSecrets.class.getName());
            String[] wanted = (String[]) attributes.get("value");
            List<String> declared = Binder.get(context.getEnvironment())
                    .bind("maestro.required-secrets", Bindable.listOf(String.class)).orElse(List.of());
            return declared.containsAll(List.of(wanted));
        }
    }
}
