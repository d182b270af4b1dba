// @vitest-environment jsdom
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PageTitle } from "./PageTitle";

describe("PageTitle", () => {
  it("names the browser tab after the page, and follows the heading when it changes", () => {
    const { rerender } = render(
      <PageTitle>
        Early Help <span>Board</span>
      </PageTitle>,
    );
    expect(document.title).toBe("Early Help Board – Trust Boards");
    rerender(<PageTitle>My actions</PageTitle>);
    expect(document.title).toBe("My actions – Trust Boards");
  });
});
