using CallTracker.Store.Schema;

namespace CallTracker.Tests.Store.Schema;

public sealed class MigrationPlanTests
{
    [Test]
    public void From_orders_migrations_by_number_whatever_order_the_source_gives()
    {
        var plan = MigrationPlan.From([Script("0002_b.sql"), Script("0001_a.sql"), Script("0003_c.sql")]);

        Assert.That(plan.Select(m => (m.Version, m.FileName)),
            Is.EqualTo(new[] { (1, "0001_a.sql"), (2, "0002_b.sql"), (3, "0003_c.sql") }));
    }

    [Test]
    public void From_with_a_gap_names_the_file_after_it()
    {
        var ex = Assert.Throws<InvalidOperationException>(
            () => MigrationPlan.From([Script("0001_a.sql"), Script("0003_c.sql")]));

        Assert.That(ex.Message, Does.Contain("0003_c.sql").And.Contain("0002"));
    }

    [Test]
    public void From_with_a_duplicate_number_names_both_files()
    {
        var ex = Assert.Throws<InvalidOperationException>(
            () => MigrationPlan.From([Script("0001_a.sql"), Script("0001_b.sql")]));

        Assert.That(ex.Message, Does.Contain("0001_a.sql").And.Contain("0001_b.sql"));
    }

    [TestCase("1_calls.sql")]
    [TestCase("0002-calls.sql")]
    [TestCase("0002_calls.txt")]
    public void From_with_a_badly_named_file_names_it(string fileName)
    {
        var ex = Assert.Throws<InvalidOperationException>(
            () => MigrationPlan.From([Script("0001_a.sql"), Script(fileName)]));

        Assert.That(ex.Message, Does.Contain(fileName).And.Contain("NNNN_name.sql"));
    }

    [Test]
    public void Embedded_migrations_form_a_valid_plan_starting_with_calls()
    {
        var plan = MigrationPlan.From(new EmbeddedMigrationSource().GetScripts());

        Assert.That(plan[0].FileName, Is.EqualTo("0001_calls.sql"));
        Assert.That(plan[0].Sql, Does.Contain("CREATE TABLE calls"));
    }

    private static MigrationScript Script(string fileName) => new(fileName, "SELECT 1;");
}
