package archfixture.org;

/** Depends on shared, which depends back on it: a cycle for the architecture rules to catch. */
public class Unit {
    public String name() {
        return "unit";
    }

    public Object clock() {
        return new archfixture.shared.Clock();
    }
}
