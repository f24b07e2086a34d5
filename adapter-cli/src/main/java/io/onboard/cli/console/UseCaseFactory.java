package io.onboard.cli.console;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Builds the command objects picocli asks for: a command whose constructor takes {@link UseCases} gets
 * them (plain constructor injection); anything else is left to picocli's own factory.
 */
public final class UseCaseFactory implements IFactory {
    private final UseCases useCases;

    public UseCaseFactory(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> constructor;
        try {
            constructor = type.getDeclaredConstructor(UseCases.class);
        } catch (NoSuchMethodException notACommandOverUseCases) {
            return CommandLine.defaultFactory().create(type);
        }
        constructor.setAccessible(true);
        return constructor.newInstance(useCases);
    }
}
