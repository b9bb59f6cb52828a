package vn.sangkien.demo.control;

import static vn.sangkien.initiative.entity.InitiativeStatus.DRAFT;
import static vn.sangkien.initiative.entity.InitiativeStatus.RECOGNIZED;
import static vn.sangkien.initiative.entity.InitiativeStatus.REJECTED;
import static vn.sangkien.initiative.entity.InitiativeStatus.RETURNED;
import static vn.sangkien.initiative.entity.InitiativeStatus.SUBMITTED;
import static vn.sangkien.initiative.entity.InitiativeStatus.VERIFIED;
import static vn.sangkien.initiative.entity.InitiativeStatus.WITHDRAWN;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import vn.sangkien.demo.entity.DemoCampaign;
import vn.sangkien.demo.entity.DemoCluster;
import vn.sangkien.demo.entity.DemoContent;
import vn.sangkien.demo.entity.DemoOrganization;
import vn.sangkien.demo.entity.DemoPlan;
import vn.sangkien.demo.entity.DemoUser;
import vn.sangkien.demo.entity.InitiativeTemplate;
import vn.sangkien.demo.entity.PlannedCampaign;
import vn.sangkien.demo.entity.PlannedInitiative;
import vn.sangkien.demo.entity.PlannedPact;
import vn.sangkien.demo.entity.PlannedStep;
import vn.sangkien.initiative.entity.Action;
import vn.sangkien.initiative.entity.Author;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.initiative.entity.InitiativeStatus;

/**
 * Plans the demo from its data files and the load instant: the campaigns' windows, the pacts, and
 * about 800 initiatives, each registered by a demo user at an instant of the last days and moved
 * through the workflow by the demo users whose role it is. The content is the same on every load
 * (a seeded {@link Random}, drawn in a fixed order); only the dates follow the load instant, so that
 * the open campaign is open and registrations fill the last {@code historyDays} days.
 */
public final class DemoPlanner {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DemoContent content;
    private final InitiativeTemplate template;
    private final Instant now;
    private final LocalDate today;
    private final Random random;
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, double[]> dayWeights = new HashMap<>();
    private final List<Unit> grassroots;
    /** The demo users by role and organization code. */
    private final Map<String, DemoUser> usersByRole = new HashMap<>();

    /** An organization in the tree; the parent of a province is the bootstrap's national organization. */
    private record Unit(DemoOrganization organization, Unit parent) {

        String code() {
            return organization.code();
        }

        Unit province() {
            Unit unit = this;
            while (!"PROVINCE".equals(unit.organization.level())) {
                unit = unit.parent;
            }
            return unit;
        }

        boolean isWithin(String ancestorCode) {
            for (Unit unit = this; unit != null; unit = unit.parent) {
                if (unit.code().equals(ancestorCode)) {
                    return true;
                }
            }
            return false;
        }

        /** The name without the "grassroots union" prefix: the unit itself, as in a title or as the owner. */
        String shortName() {
            return organization.name().replaceFirst("^(Công đoàn cơ sở|CĐCS) ", "");
        }
    }

    /** An initiative while it is being made up. */
    private static final class Item {
        PlannedCampaign campaign;
        Unit unit;
        Instant registeredAt;
        InitiativeStatus status;
        String registeredBy;
        String field;
        String title;
        InitiativeContent content;
        List<Author> authors;
        List<InitiativeStatus> path;
        List<PlannedStep> steps;
        Unit recognizedBy;

        Instant lastAt() {
            return steps.isEmpty() ? registeredAt : steps.get(steps.size() - 1).at();
        }
    }

    private DemoPlanner(DemoContent content, Instant at) {
        this.content = content;
        this.template = content.initiatives();
        this.now = at.truncatedTo(ChronoUnit.SECONDS);
        this.today = LocalDate.ofInstant(now, VIETNAM);
        this.random = new Random(template.seed());
        for (DemoOrganization organization : content.organizations()) {
            Unit parent = units.computeIfAbsent(organization.parentCode(),
                    code -> new Unit(new DemoOrganization(code, code, "NATIONAL", null, null, null), null));
            units.put(organization.code(), new Unit(organization, parent));
        }
        grassroots = units.values().stream().filter(u -> "GRASSROOTS".equals(u.organization().level())).toList();
        for (DemoUser user : content.users()) {
            usersByRole.putIfAbsent(user.role() + " " + user.organizationCode(), user);
        }
    }

    /** The plan of a load at {@code at} (truncated to the second). */
    public static DemoPlan plan(DemoContent content, Instant at) {
        return new DemoPlanner(content, at).plan();
    }

    private DemoPlan plan() {
        List<PlannedCampaign> campaigns = campaigns();
        List<PlannedInitiative> initiatives = initiatives(campaigns).stream().map(item -> new PlannedInitiative(
                item.campaign.code(), item.unit.code(), item.registeredBy, item.registeredAt, item.path.get(0),
                item.content, List.copyOf(item.steps))).toList();
        return new DemoPlan(now, content.organizations(), content.password(), content.users(), campaigns,
                content.clusters(), pacts(campaigns), initiatives);
    }

    // ---------------------------------------------------------------- campaigns and pacts

    /** Windows from midnight to midnight in Vietnam, kept inside the parent's window. */
    private List<PlannedCampaign> campaigns() {
        Map<String, PlannedCampaign> planned = new LinkedHashMap<>();
        for (DemoCampaign c : content.campaigns()) {
            PlannedCampaign parent = c.parentCode() == null ? null : planned.get(c.parentCode());
            Instant opensAt = midnight(c.opensOn(today));
            Instant closesAt = midnight(c.closesOn(today));
            if (parent != null) {
                opensAt = max(opensAt, parent.opensAt());
                closesAt = min(closesAt, parent.closesAt());
            }
            planned.put(c.code(), new PlannedCampaign(c.code(), c.name(), c.organizerCode(), c.parentCode(), opensAt,
                    closesAt, c.targetInitiatives(), c.targetCoveragePercent()));
        }
        return List.copyOf(planned.values());
    }

    private List<PlannedPact> pacts(List<PlannedCampaign> campaigns) {
        List<PlannedPact> pacts = new ArrayList<>();
        for (DemoCluster cluster : content.clusters()) {
            for (DemoCluster.Pact pact : cluster.pacts()) {
                PlannedCampaign campaign = campaigns.stream().filter(c -> c.code().equals(pact.campaignCode()))
                        .findFirst().orElseThrow();
                pacts.add(new PlannedPact(cluster.code(), pact.campaignCode(),
                        LocalDate.ofInstant(campaign.opensAt(), VIETNAM), pact.targetInitiatives(),
                        pact.targetCoveragePercent(), pact.memberTargets()));
            }
        }
        return pacts;
    }

    // ---------------------------------------------------------------- initiatives: who, where, when

    private List<Item> initiatives(List<PlannedCampaign> campaigns) {
        int total = template.statusCounts().values().stream().mapToInt(Integer::intValue).sum();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Item item = new Item();
            pickCampaign(item, campaigns);
            item.unit = pickUnit(item.campaign);
            item.registeredAt = registrationMoment(item.campaign);
            items.add(item);
        }
        assignStatuses(items);
        items.sort(Comparator.comparing((Item it) -> it.registeredAt));
        for (Item item : items) {
            item.registeredBy = registrar(item.unit);
            item.authors = authors(item);
            describe(item);
            history(item);
        }
        numberRecognitions(items);
        return items;
    }

    private void pickCampaign(Item item, List<PlannedCampaign> campaigns) {
        int roll = random.nextInt(100);
        for (int i = 0; i < campaigns.size(); i++) {
            roll -= content.campaigns().get(i).initiativeSharePercent();
            if (roll < 0) {
                item.campaign = campaigns.get(i);
                return;
            }
        }
        throw new IllegalStateException("The campaigns' initiative shares must add up to 100");
    }

    /**
     * A grassroots union inside the organizer's subtree; the demo users' units register more than
     * the others, and a few units (every {@code uncoveredEvery}th) register nothing.
     */
    private Unit pickUnit(PlannedCampaign campaign) {
        double[] weights = new double[grassroots.size()];
        int every = template.uncoveredEvery();
        for (int i = 0; i < grassroots.size(); i++) {
            Unit unit = grassroots.get(i);
            boolean uncovered = i % every == every - 1;
            weights[i] = !unit.isWithin(campaign.organizerCode()) || uncovered ? 0 : isDemoUnit(unit) ? 6 : 1;
        }
        return grassroots.get(pickWeighted(weights));
    }

    /** A unit with a demo unit officer of its own. */
    private boolean isDemoUnit(Unit unit) {
        return user("UNIT_OFFICER", unit.code()).isPresent();
    }

    /**
     * A moment inside the campaign's window, in the last {@code historyDays} days, mostly in office
     * hours, fewer at weekends and more towards the end of a short campaign.
     */
    private Instant registrationMoment(PlannedCampaign campaign) {
        Instant from = max(campaign.opensAt(), now.minus(Duration.ofDays(template.historyDays())));
        Instant to = min(campaign.closesAt(), now.minus(Duration.ofMinutes(10)));
        LocalDate first = LocalDate.ofInstant(from, VIETNAM);
        int days = (int) ChronoUnit.DAYS.between(first, LocalDate.ofInstant(to.minusSeconds(1), VIETNAM)) + 1;
        double[] weights = dayWeights.computeIfAbsent(campaign.code(), code -> dayWeights(campaign, first, days));
        LocalDate day = first.plusDays(pickWeighted(weights));
        int minute = random.nextInt(10) == 0 ? 19 * 60 + random.nextInt(180) : 7 * 60 + random.nextInt(630);
        Instant moment = midnight(day).plusSeconds(minute * 60L + random.nextInt(60));
        if (!moment.isBefore(to)) {
            moment = to.minusSeconds(1 + random.nextInt(3600));
        }
        if (moment.isBefore(from)) {
            moment = from.plusSeconds((long) (random.nextDouble() * Duration.between(from, to).toSeconds()));
        }
        return moment;
    }

    private double[] dayWeights(PlannedCampaign campaign, LocalDate first, int days) {
        boolean peak = Duration.between(campaign.opensAt(), campaign.closesAt()).toDays() < 120;
        double[] weights = new double[days];
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            double progress = peak
                    ? (double) Duration.between(campaign.opensAt(), midnight(day)).toHours()
                            / Duration.between(campaign.opensAt(), campaign.closesAt()).toHours()
                    : (double) d / days;
            double weekday = day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.25
                    : day.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.55 : 1.0;
            double trend = 1 + (peak ? 2.5 : 0.8) * progress * progress;
            weights[d] = weekday * trend * (0.6 + 0.8 * random.nextDouble()) * dayElapsed(day);
        }
        return weights;
    }

    /** The share of a day's office hours (07:00–17:30) already past: 1 for earlier days. */
    private double dayElapsed(LocalDate day) {
        if (day.isBefore(today)) {
            return 1;
        }
        double hours = Duration.between(midnight(day).plus(Duration.ofHours(7)), now).toMinutes() / 60.0;
        return Math.max(0.05, Math.min(1, hours / 10.5));
    }

    /**
     * Exactly the template's count of each status, handed out so that recent registrations are
     * mostly drafts and submissions and older ones have mostly been decided.
     */
    private void assignStatuses(List<Item> items) {
        record Ranked(InitiativeStatus status, double key) {
        }
        List<Ranked> ranked = new ArrayList<>();
        template.statusCounts().forEach((status, count) -> {
            for (int i = 0; i < count; i++) {
                ranked.add(new Ranked(status, template.maturity().get(status) + 3 * random.nextDouble()));
            }
        });
        ranked.sort(Comparator.comparingDouble(Ranked::key));
        List<Item> newestFirst = new ArrayList<>(items);
        newestFirst.sort(Comparator.comparing((Item it) -> it.registeredAt).reversed());
        for (int i = 0; i < newestFirst.size(); i++) {
            newestFirst.get(i).status = ranked.get(i).status();
        }
    }

    /**
     * At the demo users' units the member or the unit officer registers; elsewhere the provincial
     * system (where there is one) or the federation officer does.
     */
    private String registrar(Unit unit) {
        String province = unit.province().code();
        if (isDemoUnit(unit)) {
            return random.nextInt(10) < 6 ? required("MEMBER", unit.code()) : required("UNIT_OFFICER", unit.code());
        }
        Optional<DemoUser> integration = user("INTEGRATION", province);
        if (integration.isPresent() && random.nextInt(4) > 0) {
            return integration.get().username();
        }
        return required("FEDERATION_OFFICER", province);
    }

    /** Who verifies, returns or rejects at the unit level: the unit officer, else whoever registered for the unit. */
    private String unitLevelActor(Item item) {
        if (isDemoUnit(item.unit)) {
            return required("UNIT_OFFICER", item.unit.code());
        }
        boolean bySystem = user("INTEGRATION", item.unit.province().code())
                .filter(u -> u.username().equals(item.registeredBy)).isPresent();
        return bySystem ? item.registeredBy : required("FEDERATION_OFFICER", item.unit.province().code());
    }

    private String reviewer(Item item) {
        return required("REVIEWER", item.unit.province().code());
    }

    private Optional<DemoUser> user(String role, String organizationCode) {
        return Optional.ofNullable(usersByRole.get(role + " " + organizationCode));
    }

    private String required(String role, String organizationCode) {
        return user(role, organizationCode).map(DemoUser::username).orElseThrow(() -> new IllegalStateException(
                "demo/users.json has no " + role + " at " + organizationCode));
    }

    // ---------------------------------------------------------------- initiatives: content

    private List<Author> authors(Item item) {
        int count = random.nextInt(100) < 45 ? 1 : random.nextInt(100) < 64 ? 2 : 3;
        List<Integer> shares = sharesFor(count);
        Optional<DemoUser> member = content.users().stream()
                .filter(u -> u.username().equals(item.registeredBy) && "MEMBER".equals(u.role())).findFirst();
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BigDecimal share = shares == null ? null : BigDecimal.valueOf(shares.get(i)).setScale(2);
            if (i == 0 && member.isPresent()) {
                authors.add(new Author(member.get().fullName(), member.get().memberCode(), share));
            } else {
                String code = random.nextInt(10) < 7
                        ? String.format(Locale.ROOT, "%s-%04d", item.unit.code(), 1 + random.nextInt(2000)) : null;
                authors.add(new Author(personName(), code, share));
            }
        }
        return authors;
    }

    /** Shares that add up to 100, or null (no shares given) for about a third. */
    private List<Integer> sharesFor(int count) {
        if (random.nextInt(10) < 3) {
            return null;
        }
        List<List<Integer>> fitting = template.shares().stream().filter(s -> s.size() == count).toList();
        return fitting.get(random.nextInt(fitting.size()));
    }

    private String personName() {
        boolean female = random.nextBoolean();
        InitiativeTemplate.Names names = template.names();
        return pick(names.surnames()) + " " + pick(female ? names.femaleMiddle() : names.maleMiddle()) + " "
                + pick(female ? names.femaleGiven() : names.maleGiven());
    }

    private void describe(Item item) {
        item.field = fieldFor(item.unit);
        InitiativeTemplate.Titles titles = template.titles().get(item.field);
        String title = pick(titles.openings()) + " " + pick(titles.objects());
        item.title = random.nextInt(10) < 4 ? text("titleAtUnit", title, item.unit.shortName()) : title;
        LocalDate registered = LocalDate.ofInstant(item.registeredAt, VIETNAM);
        LocalDate appliedFrom = random.nextInt(100) < 15 ? null : registered.minusDays(10 + random.nextInt(170));
        Long value = random.nextInt(100) < 25 ? null : estimatedValue();
        String summary = text("summary", item.title, template.goals().get(item.field))
                + (appliedFrom == null ? "" : text("appliedSince", DAY.format(appliedFrom)));
        String situation = pick(template.situations());
        String solution = pick(template.solutions());
        String novelty = pick(template.novelties());
        String applicability = pick(template.applicability());
        String benefits = value == null ? template.text("benefitsSocialOnly") : text("benefitsValue", vnd(value),
                "ENVIRONMENT".equals(item.field) ? template.text("environmentSaving") : pick(template.savings()));
        String socialBenefit = random.nextInt(10) < 3 ? null : pick(template.socialBenefits());
        boolean confidential = random.nextInt(100) < 8;
        String confidentialContent = confidential
                ? template.confidentialContent().getOrDefault(item.field, template.confidentialProcedure()) : null;
        item.content = new InitiativeContent(item.title, item.field, summary, situation, solution, novelty,
                applicability, benefits, socialBenefit, item.unit.shortName(), appliedFrom, value, confidential,
                confidentialContent, item.authors);
    }

    private String fieldFor(Unit unit) {
        int roll = random.nextInt(100);
        if (roll < 8) {
            return "UNION_WORK";
        }
        return roll < 11 ? "OTHER" : pick(template.fieldsByKind().get(unit.organization().kind()));
    }

    /** From 5 million to 1.5 billion đồng, spread evenly over the orders of magnitude, in whole 100,000s. */
    private long estimatedValue() {
        double log = Math.log(5e6) + random.nextDouble() * (Math.log(1.5e9) - Math.log(5e6));
        return Math.round(Math.exp(log) / 100_000) * 100_000;
    }

    private static String vnd(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', '.');
    }

    // ---------------------------------------------------------------- initiatives: history

    /** The statuses an initiative went through, from its registration to its status now. */
    private List<InitiativeStatus> statusPath(InitiativeStatus status) {
        if (status == DRAFT) {
            return List.of(DRAFT);
        }
        List<InitiativeStatus> path = new ArrayList<>();
        int roll = random.nextInt(100);
        if (status == WITHDRAWN && roll < 25) {
            path.add(DRAFT);
        } else {
            path.addAll(roll < 60 ? List.of(SUBMITTED) : roll < 85 ? List.of(DRAFT, SUBMITTED)
                    : List.of(SUBMITTED, RETURNED, SUBMITTED));
        }
        switch (status) {
            case VERIFIED -> path.add(VERIFIED);
            case RECOGNIZED -> path.addAll(List.of(VERIFIED, RECOGNIZED));
            case REJECTED, RETURNED -> {
                if (random.nextBoolean()) {
                    path.add(VERIFIED);
                }
                path.add(status);
            }
            case WITHDRAWN -> {
                // From DRAFT or SUBMITTED as the path stands, or from one step further.
                int from = random.nextInt(3);
                boolean submitted = path.get(path.size() - 1) == SUBMITTED;
                if (submitted && from == 1) {
                    path.add(VERIFIED);
                } else if (submitted && from == 2) {
                    path.add(RETURNED);
                }
                path.add(WITHDRAWN);
            }
            default -> {
                // SUBMITTED: the path ends there
            }
        }
        return path;
    }

    /** The steps along the path, spaced as they usually are and squeezed to fit before the load. */
    private void history(Item item) {
        List<InitiativeStatus> path = statusPath(item.status);
        item.path = path;
        item.steps = new ArrayList<>();
        long[] gaps = new long[path.size()];
        long total = 0;
        for (int i = 1; i < path.size(); i++) {
            gaps[i] = gapSeconds(path.get(i - 1), path.get(i));
            total += gaps[i];
        }
        long available = Duration.between(item.registeredAt, now).toSeconds() - 60;
        double scale = total > available * 0.95 ? available * 0.95 / total : 1;
        Instant at = item.registeredAt;
        for (int i = 1; i < path.size(); i++) {
            InitiativeStatus from = path.get(i - 1);
            InitiativeStatus to = path.get(i);
            at = at.plusSeconds(Math.max(1, (long) (gaps[i] * scale)));
            if (from == DRAFT && to == SUBMITTED && !at.isBefore(item.campaign.closesAt())) {
                // Submitting a draft needs the campaign open.
                Instant previous = item.lastAt();
                at = previous.plusSeconds(Math.max(1, Duration.between(previous, item.campaign.closesAt()).toSeconds() / 2));
            }
            item.steps.add(step(item, from, to, at));
        }
    }

    /** How long the step from one status to the next typically takes. */
    private long gapSeconds(InitiativeStatus from, InitiativeStatus to) {
        long hour = 3600;
        long base = switch (to) {
            case SUBMITTED -> from == RETURNED ? hour + random.nextInt(72) * hour : 600 + random.nextInt(48) * hour;
            case VERIFIED -> 4 * hour + random.nextInt(5 * 24) * hour;
            case RECOGNIZED -> 24 * hour + random.nextInt(10 * 24) * hour;
            case REJECTED, RETURNED -> (from == VERIFIED ? 24 : 4) * hour + random.nextInt(5 * 24) * hour;
            default -> hour + random.nextInt(5 * 24) * hour;
        };
        return base + random.nextInt(3600);
    }

    private PlannedStep step(Item item, InitiativeStatus from, InitiativeStatus to, Instant at) {
        boolean council = from == VERIFIED;
        return switch (to) {
            case SUBMITTED -> new PlannedStep(Action.SUBMIT, from, to, item.registeredBy, at,
                    from == RETURNED ? template.text("resubmitComment") : null, null, null);
            case VERIFIED -> new PlannedStep(Action.VERIFY, from, to, unitLevelActor(item), at,
                    random.nextBoolean() ? null : template.text("verifyComment"), null, null);
            case RECOGNIZED -> {
                int score = 50 + random.nextInt(49);
                String grade = score >= 85 ? "A" : score >= 70 ? "B" : "C";
                item.recognizedBy = item.unit.province();
                yield new PlannedStep(Action.RECOGNIZE, from, to, reviewer(item), at,
                        text("recognizeComment", score, grade), null, LocalDate.ofInstant(at, VIETNAM));
            }
            case REJECTED -> new PlannedStep(Action.REJECT, from, to, council ? reviewer(item) : unitLevelActor(item),
                    at, council ? text("rejectByCouncilComment", 20 + random.nextInt(29), pick(template.rejectByCouncil()))
                            : pick(template.rejectByUnit()), null, null);
            case RETURNED -> new PlannedStep(Action.RETURN, from, to, council ? reviewer(item) : unitLevelActor(item),
                    at, pick(council ? template.returnByCouncil() : template.returnByUnit()), null, null);
            case WITHDRAWN -> new PlannedStep(Action.WITHDRAW, from, to, item.registeredBy, at,
                    random.nextBoolean() ? pick(template.withdrawReasons()) : null, null, null);
            default -> throw new IllegalArgumentException("No step leads to " + to);
        };
    }

    /** Decision numbers per recognising province, increasing with the date of the decision. */
    private void numberRecognitions(List<Item> items) {
        List<Item> recognized = new ArrayList<>(items.stream().filter(it -> it.recognizedBy != null).toList());
        recognized.sort(Comparator.comparing(Item::lastAt));
        Map<String, Integer> numbers = new HashMap<>();
        for (Item item : recognized) {
            int number = numbers.merge(item.recognizedBy.code(), template.firstDecisionNumber(),
                    (last, first) -> last + 1 + random.nextInt(3));
            PlannedStep last = item.steps.remove(item.steps.size() - 1);
            item.steps.add(new PlannedStep(last.action(), last.from(), last.to(), last.actor(), last.at(),
                    last.comment(), text("decisionNumber", number), last.decisionDate()));
        }
    }

    // ---------------------------------------------------------------- helpers

    private int pickWeighted(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double roll = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0 && weights[i] > 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalStateException("Nothing to choose from");
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String text(String key, Object... arguments) {
        return String.format(Locale.ROOT, template.text(key), arguments);
    }

    private static Instant midnight(LocalDate day) {
        return day.atStartOfDay(VIETNAM).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
