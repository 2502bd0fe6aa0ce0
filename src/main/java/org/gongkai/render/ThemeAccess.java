package org.gongkai.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;

/**
 * What a template may use of the objects on a page: the methods and properties gongkai's own model,
 * figures and page records declare, within FreeMarker's default policy, and nothing else. Java's own
 * classes show no methods at all ({@code getClass()}, {@code File.delete()}, a {@code Path}'s file
 * system), constructors and fields none; text, numbers, lists and maps are plain template values and
 * never reach here.
 */
final class ThemeAccess implements MemberAccessPolicy {

    static final ThemeAccess POLICY = new ThemeAccess();

    private static final MemberAccessPolicy DEFAULTS = DefaultMemberAccessPolicy.getInstance(Configuration.VERSION_2_3_34);
    private static final List<String> OURS = List.of("org.gongkai.model.", "org.gongkai.derive.", "org.gongkai.render.");

    private ThemeAccess() {
    }

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        ClassMemberAccessPolicy defaults = DEFAULTS.forClass(type);
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return declaredByGongkai(method.getDeclaringClass()) && defaults.isMethodExposed(method);
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(Field field) {
                return false;
            }
        };
    }

    private static boolean declaredByGongkai(Class<?> type) {
        String name = type.getName();
        return OURS.stream().anyMatch(name::startsWith);
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return true;
    }
}
