package org.uptake.process.demo;

import static org.uptake.process.spec.ProcessClient.Kind.COMPANY;
import static org.uptake.process.spec.ProcessClient.Kind.EXTERNAL;
import static org.uptake.process.spec.ProcessClient.Kind.INTERNAL;
import static org.uptake.process.spec.ProcessResource.Kind.CONSUMABLE;
import static org.uptake.process.spec.ProcessResource.Kind.RENEWABLE;

import java.util.LinkedHashMap;
import java.util.Map;
import org.uptake.process.catalog.Process;
import org.uptake.process.spec.ProcessSupplier;

/**
 * The car-service network's process model, levels 1 and 2 (seed 002 lines 173-210), with the
 * seed's worked example "Receiving a car from a client" (lines 248-340) fully specified:
 * executor the service adviser, owner the head of the car service.
 */
final class CarServiceCatalog {

    static final String RECEIVING = "Receiving a car from a client";

    private final DemoSpecs s;
    final Map<String, Process> byName = new LinkedHashMap<>();
    private long workOrder;

    CarServiceCatalog(DemoSpecs specs) {
        this.s = specs;
    }

    private Process add(String code, String name, Process parent, String owner, String description, String content,
                        String benefit) {
        Process p = s.process(code, name, parent, owner, description, content, benefit);
        byName.put(name, p);
        return p;
    }

    Process get(String name) {
        return byName.get(name);
    }

    void build() {
        Process attracting = add("1", "Attracting clients", null, "HOD",
                "The network makes itself known to car owners and turns their calls into bookings. Marketing brings clients in; the contact centre books their visits.",
                "Advertising campaigns, answering calls, booking visits to the stations.", "A steady flow of new and returning clients.");
        Process service = add("2", "Car service", null, "SM",
                "The station receives the client's car, repairs or services it and returns it. Every visit ends with a satisfied client and a paid order.",
                "Receiving the car, repair and servicing, quality control, returning the car.", "Revenue from services and parts; loyal clients.");
        Process supply = add("3", "Supplying parts and materials", null, "HOD",
                "The supply department buys parts and keeps the stock. The stations always know what is available.",
                "Purchasing, stock keeping, information on availability.", "Fewer delays, less money frozen in stock.");
        Process planning = add("4", "Workshop planning", null, "SM",
                "The senior mechanic plans the load of the workshop. Deadlines given to clients can be kept.",
                "Scheduling repairs and servicing across the bays.", "Full workshops and kept promises.");
        Process it = add("5", "IT support", null, "HOD",
                "The IT service keeps computers and software of the network working. Stations never stop for IT reasons.",
                "Maintaining workstations, the automated system and the network.", "No work lost to broken equipment.");
        Process network = add("6", "Developing the station network", null, "NDM",
                "The network development manager brings new stations into the network. The performance of every station is watched and improved.",
                "Finding and signing new stations, monitoring station indicators.", "A growing network and steady parts sales.");
        Process managing = add("7", "Managing the company", null, "CEO",
                "Management sets the strategy and plans the year. The plans are followed up every quarter.",
                "Strategic management, annual planning.", "Direction for every process.");
        Process people = add("8", "Managing people", null, "HOD",
                "HR recruits and trains the staff. Every position has the people it needs.", null, null);

        Process booking = add("1.2", "Taking requests", attracting, "HOD",
                "The service dispatcher answers calls and online requests. Each request becomes a booking with a date and time.",
                "Answering calls, recording the client's problem, booking the visit.", "No client call is lost.");
        long booked = s.basics(booking, "Car owner", EXTERNAL, "Gets a convenient visit time quickly",
                "Client booking for a visit", "Share of calls answered within 30 seconds", "Telephony statistics");
        s.executor(booking, "CCO", "Answers calls, records the problem, books the visit in the automated system.");
        add("1.1", "Marketing and advertising", attracting, "HOD",
                "Marketing runs the network's campaigns. It measures how many clients each campaign brings.", null, null);

        Process stock = add("3.2", "Keeping parts stock", supply, "HOD",
                "The parts specialist records every arrival and issue of parts. The automated system shows the stock at any moment.",
                null, "Parts are found at once.");
        long partsInfo = s.basics(stock, "Service adviser", INTERNAL, "Knows at once whether a part is in stock",
                "Information on parts and materials availability", "Stock accuracy", "Quarterly stock count against the system");
        s.executor(stock, "PARTS", "Records arrivals and issues of parts in the automated system.");
        add("3.1", "Purchasing parts", supply, "HOD",
                "The supply department orders parts from suppliers. Orders follow the stock levels and the bookings.", null, null);

        Process load = add("4.1", "Planning the workshop load", planning, "SM",
                "The senior mechanic keeps the schedule of the bays. Service advisers agree repair deadlines against it.", null, null);
        long loadInfo = s.basics(load, "Service adviser", INTERNAL, "Agrees realistic deadlines with the client",
                "Workshop load information", "Share of repairs finished on the agreed day", "Work orders closed on time ÷ all work orders");
        s.executor(load, "SMECH", "Keeps the bay schedule, agrees deadlines with the service advisers.");

        Process maintaining = add("5.1", "Maintaining computers and software", it, "HOD",
                "The IT service repairs and updates workstations and the automated system. Problems are solved within the agreed time.",
                null, null);
        long computers = s.basics(maintaining, "Station staff", INTERNAL, "Work without IT interruptions",
                "Working computers and software", "Hours of downtime per month", "Incident log");
        s.executor(maintaining, "IT", "Repairs and updates workstations and software.");

        receiving(service, booked, partsInfo, loadInfo, computers);
        rest(service, network, managing, people);
    }

    /** The seed's worked example, filled in its order: clients → goals → results → indicators → resources → suppliers → executors → owner. */
    private void receiving(Process service, long booked, long partsInfo, long loadInfo, long computers) {
        Process p = add("2.1", RECEIVING, service, "SM",
                "The service adviser listens to the client, determines the work needed, draws up the work order and obtains the client's "
                        + "agreement to the proposed work, the price of the services and the repair deadline. After this the service adviser "
                        + "inspects the car, draws up the defect card and has the client sign it, takes the car key and hands the client a "
                        + "receipt for the car.",
                "Listening to the client, defining the work, the work order, agreeing price and deadline, inspection, defect card, key and receipt.",
                "The process brings the company a flow of clients and the revenue from serving them.");
        long owner = s.client(p, "Car owner", EXTERNAL,
                "Wants the problem solved in an acceptable time at an acceptable price, and to be treated with attention and respect.");
        long mechanic = s.client(p, "Mechanic", INTERNAL,
                "Receives the work order: it must be understandable and executable, with agreed deadlines.");
        long company = s.client(p, "The company (conditional client)", COMPANY, "A flow of clients and revenue from serving them.");
        long calm = s.goal(p, owner, "The client moves from worry and dissatisfaction to confidence and good spirits: the problem is "
                + "understood and will be solved in an acceptable time at an acceptable price.");
        long clear = s.goal(p, mechanic, "The work needed to solve the client's problem reaches the mechanic precisely and without errors.");
        s.goal(p, company, "A loyal client, satisfied enough to come back and to recommend the service to friends.");
        long revenue = s.goal(p, company, "Revenue from selling services; the client may buy additional services of value to them.");
        long order = s.result(p, "Work order");
        s.result(p, "Defect card");
        s.result(p, "Receipt for the car");
        s.result(p, "Order amount");
        s.result(p, "A client satisfied with the service");
        s.indicator(p, calm, "Client satisfaction with the service", "Direct phone survey of clients, full or by sample",
                "Number of complaints about the service adviser's work", "Number of thanks for the service adviser's work");
        s.indicator(p, clear, "The shop foreman's satisfaction with the quality of the work order",
                "Rating of work orders by the foreman: no errors, all details present, deadlines met");
        s.indicator(p, revenue, "Average ticket", "Sum of the orders ÷ number of orders in the period");
        s.resource(p, "Client booking for a visit", CONSUMABLE, "Service dispatcher (taking requests)", ProcessSupplier.Kind.PERSON, booked);
        s.resource(p, "Information on parts and materials availability", CONSUMABLE, "Supply department (stock in the automated system)",
                ProcessSupplier.Kind.UNIT, partsInfo);
        s.resource(p, "Workshop load information", CONSUMABLE, "Shop foreman", ProcessSupplier.Kind.PERSON, loadInfo);
        s.resource(p, "Computer and software", RENEWABLE, "IT service of the network", ProcessSupplier.Kind.UNIT, computers);
        s.executor(p, "SA", "Listens to the client, defines the work, draws up the work order and agrees work, price and deadline; "
                + "inspects the car, draws up the defect card, takes the key and hands over the receipt.");
        workOrder = order;
    }

    private void rest(Process service, Process network, Process managing, Process people) {
        Process repairing = add("2.2", "Repairing and servicing the car", service, "SM",
                "Mechanics carry out the work order. Parts are taken from stock and every operation is recorded.", null, null);
        long repaired = s.basics(repairing, "Car owner", EXTERNAL, "Gets the car back in good order on the agreed day",
                "Repaired car", "Repeat repairs within 30 days", "Work orders reopened ÷ all work orders");
        s.resource(repairing, "Work order", CONSUMABLE, "Service adviser", ProcessSupplier.Kind.PERSON, workOrder);
        s.executor(repairing, "MECH", "Carries out the operations of the work order.");
        s.executor(repairing, "SMECH", "Distributes the work, checks difficult repairs.");
        Process quality = add("2.3", "Quality control of repairs", service, "SM",
                "The quality engineer checks finished repairs against the work order. Defects go back to the workshop before the client sees them.",
                null, null);
        s.resource(quality, "Repaired car", CONSUMABLE, "Workshop", ProcessSupplier.Kind.UNIT, repaired);
        s.executor(quality, "QE", "Checks finished repairs.");
        Process returning = add("2.4", "Returning the car to the client", service, "SM",
                "The service adviser explains the work done and the bill. The client pays and takes the car.", null, null);
        s.resource(returning, "Repaired car", CONSUMABLE, "Workshop", ProcessSupplier.Kind.UNIT, repaired);
        s.executor(returning, "SA", "Explains the work and the bill, hands over the car.");

        Process monitoring = add("6.2", "Monitoring station performance", network, "NDM",
                "The manager receives the stations' indicators, finds problems and studies their causes. The station manager "
                        + "gets help to plan measures, and their effect is checked.", null, "Stations meet the network's standards.");
        s.basics(monitoring, "Station manager", INTERNAL, "Problems of the station are found and solved early",
                "Measures agreed with the station", "Number of stations meeting the service standards", "Quarterly audit of the stations");
        s.executor(monitoring, "NDM", "Monitors station indicators, analyses problems, follows up the measures.");
        Process attractingStations = add("6.1", "Attracting new stations", network, "NDM",
                "New independent stations are found and invited to join the network. Each one signs the network agreement.", null, null);
        s.provisional(attractingStations, "Network development officer", "Finds stations, negotiates, prepares the agreement.");
        s.flag(add("6.3", "Opening the Kazan station", network, "NDM",
                "The network opens its first station in Kazan. The project ends with the opening day.", null, null), false, false);

        s.flag(add("7.1", "Strategic management", managing, "CEO",
                "Management voices, discusses and writes down the strategy. It is revised once a year.", null, null), true, true);
        s.flag(add("7.2", "Annual planning", managing, "CEO",
                "Each unit plans its year from the strategy. The plans are approved by management.", null, null), true, true);
        add("8.1", "Recruiting staff", people, "HR", "HR finds candidates for open positions. Selection follows the job profile.", null, null);
        add("8.2", "Training staff", people, "HR", "HR plans and organises training. Each employee has a training plan.", null, null);
    }
}
