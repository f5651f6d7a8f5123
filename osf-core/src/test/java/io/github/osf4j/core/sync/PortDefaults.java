package io.github.osf4j.core.sync;

import io.github.osf4j.core.RemoteStorage;
import java.lang.reflect.Method;

/** Whether a decorator of the remote port answers a method itself or leaves it to a default. */
final class PortDefaults {
  private PortDefaults() {}

  /** True when {@code decorator} (or a class it extends) implements {@code method} of the port. */
  static boolean implemented(Class<? extends RemoteStorage> decorator, Method method) {
    try {
      return !decorator
          .getMethod(method.getName(), method.getParameterTypes())
          .getDeclaringClass()
          .equals(RemoteStorage.class);
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
