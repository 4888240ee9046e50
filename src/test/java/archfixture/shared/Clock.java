package archfixture.shared;

/** Deliberately wrong: shared reaches up into org. Used only to prove the architecture rules fail. */
public class Clock {
    public String owner() {
        return new archfixture.org.Unit().name();
    }
}
