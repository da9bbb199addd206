"""Mailbox connectors: each implements `daemon.source.MailSource` for one kind of mailbox.

Import the connector you need (`connectors.maildir`, ...); this package imports none of them,
so loading one never pulls in another's dependencies.
"""
