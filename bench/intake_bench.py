"""How fast invoices come in: e-invoice files parsed per second, and the first reading of a
Sent folder of 10,000 messages next to a raw FETCH of the same headers.

    python bench/intake_bench.py [--messages 10000] [--seconds 3] [--rounds 3]

1. Parsing: `read_einvoice` over the test samples (tests/intake/samples.py: Factur-X PDFs at
   every profile, CII and UBL XML), with and without the XSD check, next to the factur-x
   library's own `get_facturx_xml_from_pdf` + `parse_ubl_cii_xml` on the same files.
2. Sent folder: a private Dovecot (tests/mailservers) whose Sent folder holds `--messages`
   messages: 1 % carry a Factur-X invoice (each a distinct number), 1 % a PDF without data,
   2 % are dunnerd reminders with the PDF attached, the rest plain mail. dunnerd's first
   reading is `InboxWatcher` + `SentFolderSession` + `SentIntake` on a fresh SQLite ledger,
   until caught up: every message read once, the invoices recorded. Next to it, on one
   imapclient connection: a raw FETCH of the same headers and MIME structure for 1:*, and a
   raw FETCH of the whole messages (what reading them like the inbox would cost). `--rounds`
   rounds side by side; the median ratio is reported.

Figures only, no asserts. The last line is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from dunnerd.clock import SystemClock  # noqa: E402
from dunnerd.config.load import parse_config  # noqa: E402
from dunnerd.config.schema import Secret  # noqa: E402
from dunnerd.intake.einvoice_read import read_einvoice  # noqa: E402
from dunnerd.intake.sent import SentIntake  # noqa: E402
from dunnerd.ledger.store import Store  # noqa: E402
from dunnerd.mail.sentfolder import HEADER_FIELDS, SentFolderSession  # noqa: E402
from dunnerd.mail.watcher import InboxWatcher  # noqa: E402
from tests.intake.samples import (  # noqa: E402
    OWNER_SIREN,
    cii,
    email_with,
    facturx_pdf,
    invoice_data,
    make_all,
    page,
)
from tests.mail.helpers import make_account  # noqa: E402
from tests.mailservers.dovecot import DovecotServer, find_binary  # noqa: E402

GOOD = ["fx_minimum.pdf", "fx_basicwl.pdf", "fx_basic.pdf", "fx_en16931.pdf", "fx_extended.pdf",
        "fx_creditnote_381.pdf", "cii_en16931.xml", "ubl_invoice.xml", "ubl_creditnote.xml"]


def rate(fn: object, blobs: list[bytes], seconds: float) -> float:
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for blob in blobs:
            fn(blob)  # type: ignore[operator]
            count += 1
    return count / (time.perf_counter() - start)


def parsing(seconds: float) -> dict[str, float]:
    import facturx

    logging.getLogger("factur-x").setLevel(logging.CRITICAL + 1)
    files = make_all(Path(tempfile.mkdtemp(prefix="dunnerd-bench-samples-")))
    pdfs = [files[n].read_bytes() for n in GOOD if n.endswith(".pdf")]
    xmls = [files[n].read_bytes() for n in GOOD if n.endswith(".xml")]

    def library(blob: bytes) -> None:
        xml = facturx.get_facturx_xml_from_pdf(blob, check_xsd=False)[1] \
            if blob.startswith(b"%PDF") else blob
        facturx.parse_ubl_cii_xml(xml, check_xsd=False)

    figures = {
        "pdf_per_s": rate(lambda b: read_einvoice(b), pdfs, seconds),
        "pdf_no_xsd_per_s": rate(lambda b: read_einvoice(b, check_schema=False), pdfs, seconds),
        "xml_per_s": rate(lambda b: read_einvoice(b), xmls, seconds),
        "xml_no_xsd_per_s": rate(lambda b: read_einvoice(b, check_schema=False), xmls, seconds),
        "library_pdf_per_s": rate(library, pdfs, seconds),
        "library_xml_per_s": rate(library, xmls, seconds),
        "pdf_bytes_avg": sum(map(len, pdfs)) / len(pdfs),
    }
    print(f"parse: Factur-X PDF {figures['pdf_per_s']:.0f} files/s "
          f"({figures['pdf_no_xsd_per_s']:.0f} without the XSD check), CII/UBL XML "
          f"{figures['xml_per_s']:.0f} files/s ({figures['xml_no_xsd_per_s']:.0f} without); "
          f"factur-x library (no XSD) {figures['library_pdf_per_s']:.0f} PDF/s, "
          f"{figures['library_xml_per_s']:.0f} XML/s; PDFs of {figures['pdf_bytes_avg']:.0f} "
          "bytes on average")
    return figures


def fill_sent(dovecot: DovecotServer, count: int) -> dict[str, int]:
    today = dt.date.today()
    plain_pdf = page("Devis", "D-1")
    reminder_pdf = facturx_pdf(cii(invoice_data(number="R-0")), "R-0")
    kinds = {"invoice": 0, "plain_pdf": 0, "reminder": 0, "text": 0}
    with dovecot.imap_client("owner", timeout=120) as client:
        batch: list[bytes] = []
        for i in range(count):
            date = dt.datetime.now(dt.UTC) - dt.timedelta(days=count - i)
            if i % 100 == 0:
                number = f"B-{i:06d}"
                pdf = facturx_pdf(cii(invoice_data(number=number, issued=today,
                                                   due=today + dt.timedelta(days=30))), number)
                raw, kind = email_with([(f"{number}.pdf", pdf)], date=date), "invoice"
            elif i % 100 == 1:
                raw, kind = email_with([("devis.pdf", plain_pdf)], date=date), "plain_pdf"
            elif i % 100 in (2, 3):
                raw, kind = email_with([("R-0.pdf", reminder_pdf)], date=date,
                                       extra_headers={"X-Dunnerd-Invoice": "R-0"}), "reminder"
            else:
                raw, kind = email_with([], date=date, subject=f"Re: projet {i}"), "text"
            kinds[kind] += 1
            batch.append(raw)
            if len(batch) == 200:
                client.multiappend("Sent", [{"msg": m, "flags": ("\\Seen",)} for m in batch])
                batch = []
        if batch:
            client.multiappend("Sent", [{"msg": m, "flags": ("\\Seen",)} for m in batch])
    return kinds


def dunnerd_first_reading(dovecot: DovecotServer, scratch: Path) -> tuple[float, int, int]:
    config = parse_config({"owner": {"name": "Bench", "email": "owner@example.test",
                                     "siren": OWNER_SIREN},
                           "state_dir": str(scratch)}, None, {})
    store = Store(f"sqlite:///{scratch / 'ledger.sqlite3'}", SystemClock())
    intake = SentIntake(store, config)
    account = make_account(dovecot)
    password = Secret(dovecot.passwords["owner"])
    handed = [0]

    async def on_messages(cursor: object, messages: list[object], reset: bool) -> None:
        handed[0] += len(messages)
        await asyncio.to_thread(intake.handle, cursor, messages, reset)  # type: ignore[arg-type]

    async def read_all() -> None:
        watcher = InboxWatcher(lambda: SentFolderSession(account, password), "Sent",
                               lambda: intake.load_cursor("Sent"), on_messages)
        try:
            while True:
                before = handed[0]
                await watcher.sync_once()
                if handed[0] == before:
                    return
        finally:
            await watcher.close()

    start = time.perf_counter()
    asyncio.run(read_all())
    elapsed = time.perf_counter() - start
    added = len(store.list_invoices())
    store.close()
    return elapsed, handed[0], added


def raw_fetch(dovecot: DovecotServer, items: list[str]) -> float:
    start = time.perf_counter()
    with dovecot.imap_client("owner", timeout=300) as client:
        client.select_folder("Sent", readonly=True)
        uids = client.search(["ALL"])
        for at in range(0, len(uids), 500):
            client.fetch(uids[at:at + 500], items)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    figures: dict[str, object] = {"parse": parsing(args.seconds)}
    if find_binary() is None:
        print("Sent folder: skipped, Dovecot is not installed (scripts/install-test-deps.sh)")
        print(json.dumps(figures))
        return 0
    workdir = Path(tempfile.mkdtemp(prefix="dunnerd-bench-"))
    dovecot = DovecotServer.start(workdir)
    try:
        start = time.perf_counter()
        kinds = fill_sent(dovecot, args.messages)
        print(f"Sent folder: {args.messages} messages ({kinds}) stored in "
              f"{time.perf_counter() - start:.1f} s")
        headers = [f"BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})]", "BODYSTRUCTURE"]
        rounds = []
        for n in range(args.rounds):
            scratch = Path(tempfile.mkdtemp(prefix="dunnerd-bench-ledger-"))
            ours, handed, added = dunnerd_first_reading(dovecot, scratch)
            shutil.rmtree(scratch, ignore_errors=True)
            raw_heads = raw_fetch(dovecot, headers)
            raw_bodies = raw_fetch(dovecot, ["BODY.PEEK[]"])
            rounds.append({"dunnerd_s": ours, "raw_headers_s": raw_heads,
                           "raw_bodies_s": raw_bodies, "messages": handed,
                           "invoices_added": added})
            print(f"  round {n + 1}: dunnerd's first reading {ours:.2f} s ({handed} messages, "
                  f"{added} invoices added); raw FETCH of the same headers and structure "
                  f"{raw_heads:.2f} s (x{ours / raw_heads:.1f}); raw FETCH of whole messages "
                  f"{raw_bodies:.2f} s")
        ratio = statistics.median(r["dunnerd_s"] / r["raw_headers_s"] for r in rounds)
        print(f"Sent folder: median dunnerd / raw header FETCH = {ratio:.1f}")
        figures["sent"] = {"messages": args.messages, "kinds": kinds, "rounds": rounds,
                           "median_ratio": ratio}
    finally:
        dovecot.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
