package org.govflow.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GovFlow's web module is distributable: on a cluster every session and view-scoped bean travels to the other
 * nodes by Java serialization, and one field of a type that cannot be serialized loses the clerk's session on
 * failover (a single server never notices). This walks the fields of every such bean, and of GovFlow's own
 * classes reachable from them (entities, records), and names each field whose type is not serializable.
 */
class SessionStateTest {

    @Test
    void everySessionAndViewScopedBeanCanTravelToAnotherNode() throws Exception {
        List<Class<?>> beans = beansInPassivatingScopes();
        List<String> faults = new ArrayList<>();
        Set<Class<?>> visited = new HashSet<>();

        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                faults.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, visited, faults);
        }

        assertThat(beans).as("session and view-scoped beans found").hasSizeGreaterThan(10);
        assertThat(faults).as("state that could not be replicated").isEmpty();
    }

    private static void checkFields(Class<?> type, Set<Class<?>> visited, List<String> faults) {
        if (!visited.add(type)) {
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
                    continue; // injected references are the container's serializable proxies
                }
                for (Class<?> used : classesOf(field.getGenericType())) {
                    checkType(used, c.getName() + "." + field.getName(), visited, faults);
                }
            }
        }
    }

    private static void checkType(Class<?> used, String where, Set<Class<?>> visited, List<String> faults) {
        if (used.isPrimitive() || used.isEnum()) {
            return;
        }
        boolean concrete = !used.isInterface() && !Modifier.isAbstract(used.getModifiers());
        if (concrete && used != Object.class && !Serializable.class.isAssignableFrom(used)) {
            faults.add(where + " holds " + used.getName() + ", which is not Serializable");
            return;
        }
        if (used.getName().startsWith("org.govflow.")) {
            checkFields(used, visited, faults);
        }
    }

    /** The raw classes a field's declared type names: the type itself, its type arguments, array components. */
    private static List<Class<?>> classesOf(Type type) {
        List<Class<?>> found = new ArrayList<>();
        if (type instanceof Class<?> c) {
            found.add(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            found.addAll(classesOf(p.getRawType()));
            for (Type argument : p.getActualTypeArguments()) {
                found.addAll(classesOf(argument));
            }
        } else if (type instanceof GenericArrayType a) {
            found.addAll(classesOf(a.getGenericComponentType()));
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                found.addAll(classesOf(bound));
            }
        }
        return found;
    }

    private static List<Class<?>> beansInPassivatingScopes() throws URISyntaxException, IOException {
        Path classes = Path.of(SessionStateTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "."))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .map(SessionStateTest::load)
                    .filter(c -> c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)
                            || c.isAnnotationPresent(ConversationScoped.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException("cannot load " + name, e));
        }
    }
}
