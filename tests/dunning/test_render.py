from __future__ import annotations

import importlib.resources
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from babel.numbers import format_currency

from dunnerd.config.schema import Owner
from dunnerd.dunning.errors import TemplateNotFound, TemplateRenderError
from dunnerd.dunning.render import (
    InvoiceLine,
    ReminderContext,
    Renderer,
    balance_totals,
    builtin_templates_dir,
    format_date,
    format_money,
)

STEPS = ("friendly", "firm", "final")
LANGUAGES = ("en", "fr")
TODAY = date(2026, 11, 23)

OWNER = Owner(
    name="Camille Martin",
    email="camille@martin-conseil.example",
    company="Martin Conseil",
    phone="+33 6 12 34 56 78",
    iban="FR7630006000011234567890189",
    bic="AGRIFRPP",
    language="fr",
    timezone="Europe/Paris",
)
IBAN_PRINTED = "FR76 3000 6000 0112 3456 7890 189"

LATE = InvoiceLine(
    number="F-2026-014",
    issued=date(2026, 10, 3),
    due=date(2026, 11, 2),
    amount=Decimal("1234.56"),
    paid=Decimal("0"),
    currency="EUR",
    days_late=21,
)
PARTLY_PAID = InvoiceLine(
    number="F-2026-019",
    issued=date(2026, 10, 10),
    due=date(2026, 11, 9),
    amount=Decimal("800.00"),
    paid=Decimal("300.00"),
    currency="EUR",
    days_late=14,
)

FIRM_IGNORE = {
    "en": "If you have already paid, please ignore this message",
    "fr": "Si vous avez déjà effectué le paiement, merci de ne pas tenir compte",
}
DAYS_LATE = {"en": "21 days late", "fr": "21 jours de retard"}


def context(
    step: str = "friendly",
    language: str = "en",
    invoices: tuple[InvoiceLine, ...] = (LATE,),
    client_name: str = "Dupont & Fils",
    reminders_sent: int = 2,
) -> ReminderContext:
    return ReminderContext(
        step=step,
        language=language,
        client_name=client_name,
        owner=OWNER,
        invoices=invoices,
        today=TODAY,
        reminders_sent=reminders_sent,
    )


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


# --- formatting ---------------------------------------------------------------------------------


def test_format_money_fr_is_babels_output() -> None:
    text = format_money(Decimal("1234.56"), "EUR", "fr")
    assert text == format_currency(Decimal("1234.56"), "EUR", locale="fr")
    assert "234,56" in text and "€" in text
    assert "\u202f" in text or "\xa0" in text  # Babel's (narrow) no-break space
    assert text.replace("\u202f", " ").replace("\xa0", " ") == "1 234,56 €"


def test_format_money_en() -> None:
    assert format_money(Decimal("1234.56"), "EUR", "en") == "€1,234.56"
    assert format_money(Decimal("1234.5"), "USD", "en") == "$1,234.50"


def test_format_money_unknown_language_falls_back_to_english() -> None:
    assert format_money(Decimal("1234.56"), "EUR", "xx") == "€1,234.56"


def test_format_date() -> None:
    assert format_date(date(2026, 12, 3), "fr") == "3 décembre 2026"
    assert format_date(date(2026, 12, 3), "en") == "December 3, 2026"
    assert format_date(date(2026, 12, 1), "fr") == "1er décembre 2026"
    assert format_date(date(2026, 12, 3), "fr_FR") == "3 décembre 2026"
    assert format_date(date(2026, 12, 3), "zz") == "December 3, 2026"


def test_balance_totals_per_currency_in_order() -> None:
    dollars = InvoiceLine("U-1", TODAY, TODAY, Decimal("50"), Decimal("0"), "USD", 0)
    totals = balance_totals((LATE, dollars, PARTLY_PAID))
    assert [(t.currency, t.amount) for t in totals] == [
        ("EUR", Decimal("1734.56")),
        ("USD", Decimal("50")),
    ]


# --- built-in templates -------------------------------------------------------------------------


def test_builtin_templates_come_from_the_package() -> None:
    package_dir = importlib.resources.files("dunnerd.templates")
    assert isinstance(package_dir, Path)
    assert builtin_templates_dir() == package_dir
    assert (package_dir / "fr" / "final.html.j2").is_file()


@pytest.mark.parametrize("language", LANGUAGES)
def test_available_steps(renderer: Renderer, language: str) -> None:
    assert set(STEPS) <= set(renderer.available_steps(language))
    assert not any(step.startswith("_") for step in renderer.available_steps(language))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("step", STEPS)
def test_every_step_renders_in_every_language(renderer: Renderer, step: str, language: str) -> None:
    rendered = renderer.render(context(step, language))
    assert rendered.subject and rendered.text.strip() and rendered.html.strip()
    assert "\n" not in rendered.subject and "\r" not in rendered.subject
    for body in (rendered.text, rendered.html):
        assert "F-2026-014" in body
        assert format_money(Decimal("1234.56"), "EUR", language) in body
        assert format_date(date(2026, 11, 2), language) in body
        assert IBAN_PRINTED in body
        assert OWNER.phone in body and OWNER.company in body
    assert rendered.text.endswith("\n") and "\n\n\n" not in rendered.text
    assert f'<html lang="{language}">' in rendered.html
    assert "http" not in rendered.html  # no external resources


@pytest.mark.parametrize("language", LANGUAGES)
def test_friendly_restates_bank_details_and_deadline(renderer: Renderer, language: str) -> None:
    rendered = renderer.render(context("friendly", language))
    holder = "Account holder" if language == "en" else "Titulaire du compte"
    for body in (rendered.text, rendered.html):
        assert IBAN_PRINTED in body and "AGRIFRPP" in body and holder in body
        assert format_date(date(2026, 12, 3), language) in body  # today + 10 days
        assert "10" in body


@pytest.mark.parametrize("language", LANGUAGES)
def test_firm_gives_days_late_and_ignore_if_paid(renderer: Renderer, language: str) -> None:
    rendered = renderer.render(context("firm", language))
    assert DAYS_LATE[language] in rendered.text
    assert FIRM_IGNORE[language] in rendered.text
    assert FIRM_IGNORE[language] in rendered.html.replace("&#39;", "'")


@pytest.mark.parametrize("language", LANGUAGES)
def test_final_is_urgent_and_names_the_next_step(renderer: Renderer, language: str) -> None:
    rendered = renderer.render(context("final", language, reminders_sent=3))
    assert rendered.subject.startswith("URGENT —")
    next_step = "formal notice" if language == "en" else "mise en demeure"
    registered = "registered letter" if language == "en" else "lettre recommandée"
    already = "3 reminders" if language == "en" else "3 rappels"
    for body in (rendered.text, rendered.html):
        assert next_step in body and registered in body and already in body


def test_language_without_templates_falls_back_to_english(renderer: Renderer) -> None:
    assert renderer.render(context("firm", "de")) == renderer.render(context("firm", "en"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_grouped_invoices_list_each_and_the_total(renderer: Renderer, language: str) -> None:
    rendered = renderer.render(context("firm", language, invoices=(LATE, PARTLY_PAID)))
    total = format_money(Decimal("1734.56"), "EUR", language)
    for body in (rendered.text, rendered.html):
        assert "F-2026-014" in body and "F-2026-019" in body
        assert total in body
    assert total in rendered.subject


@pytest.mark.parametrize("language", LANGUAGES)
def test_grouped_invoices_in_two_currencies_total_per_currency(
    renderer: Renderer, language: str
) -> None:
    dollars = InvoiceLine(
        "U-7", date(2026, 10, 1), date(2026, 10, 31), Decimal("150"), Decimal("0"), "USD", 23
    )
    rendered = renderer.render(context("final", language, invoices=(LATE, PARTLY_PAID, dollars)))
    for body in (rendered.text, rendered.html):
        assert format_money(Decimal("1734.56"), "EUR", language) in body
        assert format_money(Decimal("150"), "USD", language) in body
        assert format_money(Decimal("1884.56"), "EUR", language) not in body  # no mixed sum


@pytest.mark.parametrize("language", LANGUAGES)
def test_partial_payment_shows_amount_paid_and_balance(renderer: Renderer, language: str) -> None:
    rendered = renderer.render(context("friendly", language, invoices=(PARTLY_PAID,)))
    money = {v: format_money(Decimal(v), "EUR", language) for v in ("800.00", "300.00", "500.00")}
    for body in (rendered.text, rendered.html):
        assert all(text in body for text in money.values())
    # The ask is the balance, not the invoice amount.
    ask = "payment of " if language == "en" else "règlement de "
    assert f"{ask}{money['500.00']}" in rendered.text


def test_html_escapes_ledger_text(renderer: Renderer) -> None:
    hostile = InvoiceLine("<b>F-1</b>", TODAY, TODAY, Decimal("10"), Decimal("0"), "EUR", 1)
    rendered = renderer.render(
        context("firm", "en", invoices=(hostile,), client_name="<script>alert(1)</script>")
    )
    assert "<script>" not in rendered.html and "<b>F-1" not in rendered.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered.html
    assert "&lt;b&gt;F-1&lt;/b&gt;" in rendered.html
    # Plain text and subject are not HTML: no entities there.
    assert "<script>alert(1)</script>" in rendered.text
    assert "<b>F-1</b>" in rendered.subject


def test_plain_text_is_not_escaped(renderer: Renderer) -> None:
    rendered = renderer.render(context("friendly", "en", client_name="Dupont & Fils"))
    assert "Dupont & Fils" in rendered.text and "&amp;" not in rendered.text
    assert "Dupont &amp; Fils" in rendered.html


def test_subject_is_one_clean_line(renderer: Renderer) -> None:
    hostile = InvoiceLine(
        "F-1\r\nBcc: x@y=?UTF-8?Q?=0A?=", TODAY, TODAY, Decimal("10"), Decimal("0"), "EUR", 1
    )
    subject = renderer.render(context("friendly", "en", invoices=(hostile,))).subject
    assert "\n" not in subject and "\r" not in subject and "=?" not in subject
    assert subject.startswith("Reminder: invoice F-1 Bcc: x@y")


# --- errors and overrides -----------------------------------------------------------------------


def test_missing_step_names_template_and_directories(tmp_path: Path) -> None:
    with pytest.raises(TemplateNotFound) as caught:
        Renderer(tmp_path).render(context("nonexistent", "fr"))
    message = str(caught.value)
    assert "nonexistent" in message
    assert str(tmp_path) in message and str(builtin_templates_dir()) in message


@pytest.mark.parametrize("step", ["../en/friendly", "_macros", "", "a/b"])
def test_step_names_cannot_reach_other_files(renderer: Renderer, step: str) -> None:
    with pytest.raises(TemplateNotFound):
        renderer.render(context(step, "en"))


def test_strict_undefined_names_the_file(tmp_path: Path) -> None:
    override = tmp_path / "en" / "friendly.txt.j2"
    override.parent.mkdir()
    override.write_text("Hello {{ client_name }}, {{ nope }}\n")
    with pytest.raises(TemplateRenderError) as caught:
        Renderer(tmp_path).render(context("friendly", "en"))
    message = str(caught.value)
    assert str(override) in message and "nope" in message and "line 1" in message


def test_syntax_error_names_the_file(tmp_path: Path) -> None:
    override = tmp_path / "fr" / "firm.html.j2"
    override.parent.mkdir()
    override.write_text("<p>{% if %}</p>\n")
    with pytest.raises(TemplateRenderError) as caught:
        Renderer(tmp_path).render(context("firm", "fr"))
    assert str(override) in str(caught.value)


def test_owner_override_wins_for_one_file_only(tmp_path: Path) -> None:
    override = tmp_path / "fr" / "friendly.subject.j2"
    override.parent.mkdir()
    override.write_text("Petit rappel : {{ invoices[0].number }} ({{ client_name }})\n")
    custom = Renderer(tmp_path).render(context("friendly", "fr"))
    builtin = Renderer().render(context("friendly", "fr"))
    assert custom.subject == "Petit rappel : F-2026-014 (Dupont & Fils)"
    assert custom.text == builtin.text
    # The HTML body comes from the built-in file; only its <title> (the subject) differs.
    title = "<title>Petit rappel : F-2026-014 (Dupont &amp; Fils)</title>"
    assert title in custom.html
    assert custom.html.replace(title, "") == builtin.html.replace(
        f"<title>{builtin.subject}</title>", ""
    )


def test_owner_can_add_a_step(tmp_path: Path) -> None:
    lang_dir = tmp_path / "en"
    lang_dir.mkdir()
    (lang_dir / "courtesy.subject.j2").write_text("Quick note about {{ invoices[0].number }}")
    (lang_dir / "courtesy.txt.j2").write_text("Total {{ totals[0].amount|money('EUR') }}\n")
    (lang_dir / "courtesy.html.j2").write_text("<p>{{ client_name }}</p>\n")
    custom = Renderer(tmp_path)
    assert "courtesy" in custom.available_steps("en")
    assert "courtesy" in custom.available_steps("fr")  # reachable through the English fallback
    rendered = custom.render(context("courtesy", "en"))
    assert rendered.subject == "Quick note about F-2026-014"
    assert rendered.text == "Total €1,234.56\n"
    assert rendered.html == "<p>Dupont &amp; Fils</p>\n"


def test_a_step_missing_one_part_is_not_found(tmp_path: Path) -> None:
    lang_dir = tmp_path / "en"
    lang_dir.mkdir()
    (lang_dir / "halfdone.subject.j2").write_text("Subject")
    (lang_dir / "halfdone.txt.j2").write_text("Body")
    assert "halfdone" not in Renderer(tmp_path).available_steps("en")
    with pytest.raises(TemplateNotFound, match="halfdone.html.j2"):
        Renderer(tmp_path).render(context("halfdone", "en"))


def test_empty_subject_is_an_error(tmp_path: Path) -> None:
    override = tmp_path / "en" / "friendly.subject.j2"
    override.parent.mkdir()
    override.write_text("{{ '\\n' }}=?\n")
    with pytest.raises(TemplateRenderError, match="empty"):
        Renderer(tmp_path).render(context("friendly", "en"))


def test_a_reminder_needs_an_invoice() -> None:
    with pytest.raises(ValueError):
        context(invoices=())
