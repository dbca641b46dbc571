import type { Metadata } from "next";
import { OrganizationsView } from "@/components/settings/organizations-view";

export const metadata: Metadata = { title: "Organisations" };

export default function OrganizationsPage() {
  return <OrganizationsView />;
}
