package backprop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The layers the design promises, read from the compiled classes of the core (ArchUnit reads every reference in the
 * byte code: fields, signatures, calls, casts, annotations), not from the import lines.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("backprop");

    @Test
    void theImportFoundEveryPackageOfTheCore() {
        Set<String> packages = CORE.stream().map(c -> c.getPackageName()).collect(Collectors.toSet());
        assertTrue(packages.containsAll(Set.of("backprop", "backprop.fast", "backprop.autodiff", "backprop.cost")),
                packages.toString());
    }

    /** backprop-core depends on the JDK alone (the Vector API is a JDK module). */
    @Test
    void theCoreDependsOnNothingButTheJdk() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("backprop", "backprop.fast", "backprop.autodiff", "backprop.cost", "java..",
                        "jdk.incubator.vector..")
                .check(CORE);
    }

    /** The notebook module sits on top of the core: the core never names its packages. */
    @Test
    void theCoreNeverUsesTheNotebookModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("backprop.plot..", "backprop.notebook..")
                .check(CORE);
    }

    /** No two packages of the core depend on each other, directly or round a longer loop. */
    @Test
    void thePackagesOfTheCoreFormNoCycle() {
        slices().matching("(**)").should().beFreeOfCycles().check(CORE);
    }

    /** The fast wing reads plain arrays: it depends on nothing of the core outside itself. */
    @Test
    void theFastWingStandsOnTheJdkAlone() {
        classes().that().resideInAPackage("backprop.fast").should().onlyDependOnClassesThat()
                .resideInAnyPackage("backprop.fast", "java..", "jdk.incubator.vector..")
                .check(CORE);
    }
}
