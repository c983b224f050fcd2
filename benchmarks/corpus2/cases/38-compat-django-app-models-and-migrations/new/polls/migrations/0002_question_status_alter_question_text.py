from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("polls", "0001_initial")]
    operations = [
        migrations.AddField(
            model_name="question",
            name="status",
            field=models.CharField(choices=[("open", "Open"), ("closed", "Closed")], default="open", max_length=16),
        ),
        migrations.AlterField(model_name="question", name="question_text", field=models.CharField(max_length=300)),
        migrations.AlterField(model_name="question", name="pub_date", field=models.DateTimeField(db_index=True, verbose_name="date published")),
    ]
