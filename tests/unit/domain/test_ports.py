from domain.ports import ReadWithoutAttachments


def test_saving_an_invoice_read_without_its_attachments_is_refused_naming_it_and_why() -> None:
    refused = ReadWithoutAttachments("6f1f911b")
    assert isinstance(refused, ValueError)
    assert str(refused) == "invoice 6f1f911b was read without its attachments: its content cannot be saved"
