package org.gongkai.load;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.model.FromPath;
import org.gongkai.model.Inline;
import org.gongkai.model.Origin;
import org.gongkai.model.Required;

/**
 * What the loader, the checks and the schema generator need to know of a record class, worked out
 * once per class: reflection on record components is slow when repeated for every mapping of every file.
 */
public record RecordShape(Class<?> type, List<Component> components, Constructor<?> constructor) {

    private static final Map<Class<?>, RecordShape> SHAPES = new ConcurrentHashMap<>();

    /** One component: its YAML key and how it is filled. */
    public record Component(String name, String key, Class<?> type, Type genericType, Method accessor,
            boolean required, boolean inline, boolean fromPath, boolean origin) {

        public Object valueOf(Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static RecordShape of(Class<?> type) {
        return SHAPES.computeIfAbsent(type, RecordShape::inspect);
    }

    private static RecordShape inspect(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<Component> list = Arrays.stream(components).map(c -> new Component(c.getName(), Binder.keyOf(c), c.getType(),
                c.getGenericType(), c.getAccessor(), c.isAnnotationPresent(Required.class),
                c.isAnnotationPresent(Inline.class), c.isAnnotationPresent(FromPath.class), c.getType() == Origin.class))
                .toList();
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return new RecordShape(type, list, constructor);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    /** A copy of {@code record} (of this shape's type) with one component replaced. */
    @SuppressWarnings("unchecked")
    public <T> T with(T record, String component, Object value) {
        Object[] arguments = new Object[components.size()];
        for (int i = 0; i < arguments.length; i++) {
            Component c = components.get(i);
            arguments[i] = c.name().equals(component) ? value : c.valueOf(record);
        }
        return (T) construct(arguments);
    }

    public Object construct(Object[] arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }
}
