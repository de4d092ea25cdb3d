return Governance.Verifier.OfflineVerification.Run(args, Console.Out);
